;; recordlint in Emacs 29+ with eglot: add to init.el, then M-x eglot in a record.
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((text-mode markdown-mode)
                 . ("recordlint" "lsp"
                    :initializationOptions
                    (:languages ["plaintext" "markdown" "text"] :debounceMs 120)))))
;; Check records as soon as they open:
;; (add-hook 'text-mode-hook #'eglot-ensure)
