-- recordlint in Neovim 0.11+ (built-in LSP). Put this in init.lua.
vim.lsp.config("recordlint", {
  cmd = { "recordlint", "lsp" },
  filetypes = { "text", "markdown" },
  root_markers = { "recordlint.toml", ".git" },
  init_options = {
    -- select = { "RL1", "jargon" },
    -- ignore = { "RL303" },
    languages = { "plaintext", "markdown", "text" },
    debounceMs = 120,
  },
})
vim.lsp.enable("recordlint")

-- Neovim 0.10 with nvim-lspconfig instead:
-- require("lspconfig.configs").recordlint = { default_config = {
--   cmd = { "recordlint", "lsp" }, filetypes = { "text", "markdown" },
--   root_dir = require("lspconfig.util").root_pattern("recordlint.toml", ".git"),
--   init_options = { languages = { "plaintext", "markdown", "text" } } } }
-- require("lspconfig").recordlint.setup({})
