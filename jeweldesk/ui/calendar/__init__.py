"""The calendar screen's parts: what it loads, its item models, the day/week grid with
its draggable appointment blocks, and the words and colours of the appointment
vocabulary. The screen itself is `ui/screens/calendar.py`; the editor is
`ui/appointment/`."""
