"""Benefits and vouchers in the app: the profile's Benefits tab and its dialogs."""
