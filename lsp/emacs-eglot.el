;; recordlint in Emacs with eglot: add to init.el, then M-x eglot in a record.
;; Emacs 29+ has eglot built in; on Emacs 28, install it first: M-x package-install RET eglot
(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs
               '((text-mode markdown-mode)
                 . ("recordlint" "lsp"
                    :initializationOptions
                    (:debounceMs 120)))))
;; Check records as soon as they open:
;; (add-hook 'text-mode-hook #'eglot-ensure)
