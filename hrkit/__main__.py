from hrkit.cli import main

main()
