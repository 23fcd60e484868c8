"""Client data out of the store and back: vCard cards and book spreadsheets. Qt-free."""
