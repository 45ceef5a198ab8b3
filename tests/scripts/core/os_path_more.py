import os
print(os.path.basename("dir/file.py"), os.path.dirname("dir/sub/file.py"), os.path.splitext("archive.tar.gz"), os.path.split("a/b/c"))
print(os.path.isfile("os_path_more.py"), os.path.isdir("."), os.path.isdir("os_path_more.py"), os.path.isfile("nope"))
print(os.sep, os.path.sep, os.name)
print("os_path_more.py" in os.listdir("."))
print(os.path.join("a", "b", "", "c"), os.path.join("", "x"), os.path.join("a", "../b"))
print(os.path.splitext("noext"), os.path.splitext(".hidden"), os.path.basename("trailing/"))
