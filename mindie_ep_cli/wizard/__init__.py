"""`mindie-ep init`: questions as data, answered from flags, a file or a terminal."""
