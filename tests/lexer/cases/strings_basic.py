'single' "double" '' ""
'it\'s' "say \"hi\"" 'mix "q"' "mix 'q'"
'\n\t\\' '\x41\u0041\N{DASH}'
