print("gradlab-bench")
