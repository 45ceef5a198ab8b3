# héllo ✓
x = 1  # 日本語
