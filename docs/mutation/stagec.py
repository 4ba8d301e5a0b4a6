from fractions import Fraction as F
import random, math, sys
eps=2.0**-53
EB=(3.0+16.0*eps)*eps; EBB=(2.0+12.0*eps)*eps; EBC=(9.0+64.0*eps)*eps*eps; REB=(3.0+8.0*eps)*eps
def two_product(a,b):
    p=a*b; return p, float(F(a)*F(b)-F(p))
def two_sum(a,b):
    s=a+b; bv=s-a; av=s-bv; return s,(a-av)+(b-bv)
def two_diff(a,b):
    d=a-b; bv=a-d; av=d+bv; return d,(a-av)+(bv-b)
def diff_tail(a,b,d):
    bv=a-d; av=d+bv; return (a-av)+(bv-b)
def est(a,b,c,d):
    l,le=two_product(a,b); r,re=two_product(c,d)
    low,x0=two_diff(le,re); high,mid=two_sum(l,low); low2,x1=two_diff(mid,r); x3,x2=two_sum(high,low2)
    return x0+x1+x2+x3
def stages(a,b,c):
    acx=a[0]-c[0]; bcx=b[0]-c[0]; acy=a[1]-c[1]; bcy=b[1]-c[1]
    left=acx*bcy; right=acy*bcx; det=left-right
    if abs(det) > EB*(abs(left)+abs(right))+2.0**-1000: return None
    S=abs(acx*bcy)+abs(acy*bcx)
    detB=est(acx,bcy,acy,bcx); bound=EBB*S
    if detB>=bound or -detB>=bound: return None
    t=[diff_tail(a[0],c[0],acx),diff_tail(b[0],c[0],bcx),diff_tail(a[1],c[1],acy),diff_tail(b[1],c[1],bcy)]
    if all(x==0 for x in t): return None
    acxT,bcxT,acyT,bcyT=t
    real=EBC*S+REB*abs(detB); minus=EBC*S-REB*abs(detB); div=EBC*S+REB/abs(detB) if detB!=0 else math.inf
    detC=detB+((acx*bcyT+bcy*acxT)-(acy*bcxT+bcx*acyT))
    return S,detB,detC,real,minus,div
random.seed(int(sys.argv[1]) if len(sys.argv)>1 else 0)
best=-99;n=0;hits=[]
for it in range(int(sys.argv[2])):
    p=random.choice([1,3,5,7,9,11,13]); q=random.choice([1,3,5,7,9,11,13,15])
    def pt(scale):
        s=float(random.getrandbits(random.randint(30,48))|1)*2.0**scale
        return (q*s, p*s)
    k=random.randint(-30,30)
    a=pt(k+random.randint(-20,20)); b=pt(k+random.randint(-20,20)); c=pt(k+random.randint(-60,0))
    pts=[a,b,c]; random.shuffle(pts); a,b,c=pts
    r=stages(a,b,c)
    if r is None: continue
    n+=1
    S,detB,detC,real,minus,div=r
    ratio=abs(detC)/(eps*eps*S)
    if abs(detC)>=minus or abs(detC)>=div:
        hits.append((a,b,c,ratio,abs(detB)/(eps*S),abs(detC)>=minus,abs(detC)>=div, abs(detC)>=real))
    margin=ratio-(9-3*abs(detB)/(eps*S))
    if margin>best: best=margin; bestcase=(a,b,c,ratio,abs(detB)/(eps*S))
print('reached C',n,'best margin',best,bestcase,'hits',len(hits))
for h in hits[:5]: print(h)
