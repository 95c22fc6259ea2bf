-- recordlint in Neovim 0.11+ (built-in LSP). Put this in init.lua.
vim.lsp.config("recordlint", {
  cmd = { "recordlint", "lsp" },
  filetypes = { "text", "markdown" },
  root_markers = { "recordlint.toml", ".git" },
  init_options = {
    -- select = { "RL1", "jargon" },
    -- ignore = { "RL303" },
    debounceMs = 120,
  },
})
vim.lsp.enable("recordlint")

-- Neovim 0.7 to 0.10: vim.lsp.config does not exist there; use neovim-0.7.lua instead.
