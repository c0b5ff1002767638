from custlint.cli import main

main()
