"""Photos on screen: thumbnails (a placeholder while a file has not arrived), the
profile's Photos tab with adding from a file or a camera, and the camera dialog."""
