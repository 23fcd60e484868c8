"""Small widgets shared by the screens: calm tiles, the action list, dates in the
advisor's language, and the bridge to the runner for writes."""
