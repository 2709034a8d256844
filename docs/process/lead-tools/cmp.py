import json,sys
a=json.load(open(sys.argv[1])); b=json.load(open(sys.argv[2]))
tp=fp=fn=0
for h in b:
    if h not in a: continue
    ra,rb=a[h]['relation'],b[h]['relation']; ea,eb=a[h]['entity']['f'],b[h]['entity']['f']
    d=rb['f']-ra['f']; st=lambda x:x['time']['stage']['agree']
    flag='' if abs(d)<0.0005 else ('UP' if d>0 else 'DOWN')
    print(f"{h:8} rel {ra['f']:.4f} -> {rb['f']:.4f} {d:+.4f} P {ra['p']:.3f}->{rb['p']:.3f} R {ra['r']:.3f}->{rb['r']:.3f} ent {ea:.3f}->{eb:.3f} stage {st(a[h])}->{st(b[h])} when {a[h]['time']['when']['agree']}->{b[h]['time']['when']['agree']} {flag}")
