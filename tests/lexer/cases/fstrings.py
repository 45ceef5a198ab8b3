f'{x}' f"{x!r}" f'{x:>{w}}' f'{x=}' f'{{literal}}' f'{a["k"]}'
f'{"nested"}' F'{1+2}' fr'{x}\d'
