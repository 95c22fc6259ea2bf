from recordlint.cli import main

main()
