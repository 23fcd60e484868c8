"""The device's side of sync: change capture and the outbox, push and pull, enrolment.
What head office shares with it is in `jeweldesk.protocol`."""
