"""The Events screen: the store's launches, workshops, private viewings and in-store
events, their guest lists with answers and attendance, and inviting clients from the
book with the event-fatigue guard's warnings beside each name."""
