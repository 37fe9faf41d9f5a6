module gilfree

go 1.26
