-- recordlint in Neovim 0.7 to 0.10 (built-in LSP, no plugins). Put this in init.lua.
-- Neovim 0.11 and later: use neovim.lua instead.
local recordlint_client = nil

vim.api.nvim_create_autocmd("FileType", {
  pattern = { "text", "markdown" },
  callback = function(args)
    -- One server for every record: start it with the first one, attach the rest to it.
    if recordlint_client == nil or vim.lsp.get_client_by_id(recordlint_client) == nil then
      recordlint_client = vim.lsp.start_client({
        name = "recordlint",
        cmd = { "recordlint", "lsp" },
        -- Each record's recordlint.toml is found from its own folder upwards.
        root_dir = vim.fn.getcwd(),
        init_options = {
          -- select = { "RL1", "jargon" },
          -- ignore = { "RL303" },
          debounceMs = 120,
        },
      })
    end
    vim.lsp.buf_attach_client(args.buf, recordlint_client)
  end,
})
