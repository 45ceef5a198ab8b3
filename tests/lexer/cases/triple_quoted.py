'''one line''' """another"""
x = '''first
second
  third'''
y = """with "quotes" and ''' inside"""
z = ''''''
w = '''a''''b'
