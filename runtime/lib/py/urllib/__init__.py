"""The urllib package: urllib.parse only (gilfree has no urllib.request,
urllib.error or urllib.robotparser)."""
