"""JewelDesk: the advisor's memory of each client, offline-first."""

APP_NAME = "JewelDesk"
ORG_NAME = "JewelDesk"
__version__ = "0.1.0"
