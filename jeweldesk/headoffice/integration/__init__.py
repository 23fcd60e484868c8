"""Head office's integration API (`/integration/v1/…`): the house's other systems (a
POS, an e-commerce platform, the website's booking form) deliver purchases and
appointment requests, each system with its own API key and scopes. What they deliver
is written like any head-office write, into the change log, so it reaches the
stores' devices at their next sync. Devices never call it."""
