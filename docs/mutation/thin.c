/* ExactOrientation line 158, the `-` mutant (bound = ErrorBoundC*sum - ResultErrorBound*|detB|):
 * a search for inputs where stage C answers with the wrong sign under the mutant's bound.
 * See geometry-survivors.md, note 2. Stages A-C are simulated exactly as in ExactOrientation.cs
 * (doubles, FMA two-products); the exact determinant comes from GMP rationals.
 *
 *   gcc -O2 -ffp-contract=off -mfma thin.c -o thin -lgmp -lm
 *   ./thin random SEED N               random thin triangles (below)
 *   ./thin climb SEED RESTARTS STEPS   hill climb from such triangles
 *
 * The family: c = (-X, -Y) with X, Y just above 1, a and b within a few ulps of (eps, eps), so that
 * every difference is X or Y rounded with a tail of about half an ulp, |detB| is close to 2 eps S
 * (the mutant's bound close to its minimum, 3 eps^2 S) and the corrections cancel detB.
 * Score, in units of eps^2 S: min(|detC| - mutant bound, -sign(detC) * exact det); >= 0 is a kill.
 * NaN: the input does not reach stage C.
 * random mode also tallies, for inputs with |det| <= 8 eps^2, det_C in steps of 8 eps^2 against the sign of
 * det, and counts the wrong-sign ones ("wrongs"; "hi": those with beta > 1.2). */
#include <stdio.h>
#include <stdlib.h>
#include <math.h>
#include <stdint.h>
#include <string.h>
#include <gmp.h>
static const double eps = 1.1102230246251565e-16;
static double EB, EBB, EBC, REB, GUARD, MINAD;
static uint64_t rs = 88172645463325252ULL;
static uint64_t rnd(void){ rs ^= rs<<13; rs ^= rs>>7; rs ^= rs<<17; return rs; }
static double urand(void){ return (rnd()>>11)*(1.0/9007199254740992.0); }
static void two_product(double a,double b,double*p,double*e){*p=a*b;*e=fma(a,b,-*p);}
static double two_sum(double a,double b,double*e){double s=a+b,bv=s-a,av=s-bv;*e=(a-av)+(b-bv);return s;}
static double two_diff(double a,double b,double*e){double d=a-b,bv=a-d,av=d+bv;*e=(a-av)+(bv-b);return d;}
static double diff_tail(double a,double b,double d){double bv=a-d,av=d+bv;return (a-av)+(bv-b);}
static double estimate(double a,double b,double c,double d){
  double l,le,r,re,x0,x1,x2,mid; two_product(a,b,&l,&le); two_product(c,d,&r,&re);
  double low=two_diff(le,re,&x0); double high=two_sum(l,low,&mid); double low2=two_diff(mid,r,&x1);
  double x3=two_sum(high,low2,&x2); return x0+x1+x2+x3; }
static mpq_t qa,qb,qc,qd,t1,t2;
static int exact_det(const double*p, double *val_over){ // returns sign; val_over = det/scale approx
  mpq_set_d(qa,p[0]); mpq_set_d(qb,p[4]); mpq_sub(t1,qa,qb); // acx
  mpq_set_d(qa,p[3]); mpq_set_d(qb,p[5]); mpq_sub(t2,qa,qb); // bcy
  mpq_mul(qc,t1,t2);
  mpq_set_d(qa,p[1]); mpq_set_d(qb,p[5]); mpq_sub(t1,qa,qb); // acy
  mpq_set_d(qa,p[2]); mpq_set_d(qb,p[4]); mpq_sub(t2,qa,qb); // bcx
  mpq_mul(qd,t1,t2); mpq_sub(qc,qc,qd);
  *val_over = mpq_get_d(qc); return mpq_sgn(qc); }
// p = ax ay bx by cx cy. returns score; -1e9 if not reaching the window logic
static double info[8];
static double score(const double*p){
  double ax=p[0],ay=p[1],bx=p[2],by=p[3],cx=p[4],cy=p[5];
  double acx=ax-cx,bcx=bx-cx,acy=ay-cy,bcy=by-cy;
  double left=acx*bcy,right=acy*bcx,det=left-right;
  double bound=EB*(fabs(left)+fabs(right))+GUARD;
  if(!(fabs(det)<=bound)) return NAN;
  double S=fabs(acx*bcy)+fabs(acy*bcx);
  if(!(S>=MINAD)) return NAN;
  double detB=estimate(acx,bcy,acy,bcx); double bB=EBB*S;
  if(detB>=bB||-detB>=bB) return NAN;
  double at=diff_tail(ax,cx,acx),bt=diff_tail(bx,cx,bcx),ayt=diff_tail(ay,cy,acy),byt=diff_tail(by,cy,bcy);
  if(at==0&&bt==0&&ayt==0&&byt==0) return NAN;
  double real=EBC*S+REB*fabs(detB), mut=EBC*S-REB*fabs(detB);
  double detC=detB+((acx*byt+bcy*at)-(acy*bt+bcx*ayt));
  double v; int sg=exact_det(p,&v);
  double u=eps*eps*S;
  int sc=(detC>0)-(detC<0);
  double m1=(fabs(detC)-mut)/u;
  double m2 = sc==0 ? -fabs(v)/u - 10 : -sc*v/u;
  if(sc!=0 && sg==-sc) m2 = fmax(m2, 0); // wrong sign: satisfied
  info[0]=fabs(detB)/(eps*S); info[1]=detC/u; info[2]=v/u; info[3]=mut/u; info[4]=real/u; info[5]=sg; info[6]=sc;
  if(sc!=0 && sg!=sc && fabs(detC)>=real) { printf("REAL CODE WRONG?!\n"); }
  return fmin(m1,m2);
}
static double mutate1(double x){
  int kind=rnd()%4;
  if(x==0) return ldexp(1+urand(), -(int)(rnd()%60));
  int e; frexp(x,&e); // x = m*2^e, m in [0.5,1)
  double ulp=ldexp(1.0,e-53);
  if(kind==0){ int j=rnd()%8; long k=(long)(rnd()%5)-2; if(!k)k=1; return x+k*ulp*(double)(1L<<j);}
  if(kind==1){ int j=rnd()%52; long k=(rnd()%2)?1:-1; return x+k*ulp*ldexp(1.0,j);}
  if(kind==2){ long k=(long)(rnd()%3)-1; if(!k)k=1; return x+k*ulp;}
  return x*(1+ (urand()-0.5)*1e-3);
}

static long hist[7][3]; static long wrongs, wrongHi;
static int random_main(int argc,char**argv){
  EB=(3.0+16.0*eps)*eps; EBB=(2.0+12.0*eps)*eps; EBC=(9.0+64.0*eps)*eps*eps; REB=(3.0+8.0*eps)*eps;
  GUARD=ldexp(1,-1000); MINAD=ldexp(1,-900);
  mpq_init(qa);mpq_init(qb);mpq_init(qc);mpq_init(qd);mpq_init(t1);mpq_init(t2);
  rs ^= (uint64_t)atoll(argv[1])*0x9E3779B97F4A7C15ULL; for(int i=0;i<10;i++)rnd();
  long n=atol(argv[2]); double best=-1e18; long reached=0, kills=0;
  double E1=ldexp(1,-105), E2=ldexp(1,-106); // ulp of values just above / just below eps
  for(long it=0;it<n;it++){
    double X=1+urand()*ldexp(1,-(int)(rnd()%30)), Y=1+urand()*ldexp(1,-(int)(rnd()%30));
    double p[6];
    int m[4]; for(int k=0;k<4;k++) m[k]=(int)(rnd()%17)-8;
    p[0]=eps+m[0]*E1; p[1]=eps-m[1]*E2; p[2]=eps-m[2]*E2; p[3]=eps+m[3]*E1; p[4]=-X; p[5]=-Y;
    if(rnd()%2){ for(int i=0;i<6;i++) p[i]=-p[i]; }
    double sc=score(p); if(isnan(sc)) continue; reached++;
    if(sc>best){best=sc; printf("it %ld best %.4f a=(%.17g,%.17g) b=(%.17g,%.17g) c=(%.17g,%.17g) beta=%.4f detC=%.4f det=%.4f mut=%.4f real=%.4f\n",it,sc,p[0],p[1],p[2],p[3],p[4],p[5],info[0],info[1],info[2],info[3],info[4]); fflush(stdout);}
    if(sc>=0) kills++;
    { double e2=eps*eps; double u=e2*(fabs((p[0]-p[4])*(p[3]-p[5]))+fabs((p[1]-p[5])*(p[2]-p[4]))); double dC=info[1]*u/(8*e2), dt=info[2]*u/e2;
      if(fabs(dt)<=8){ int ci=(int)lround(dC); int si=(dt>0)-(dt<0); if(ci>=-3&&ci<=3) hist[ci+3][si+1]++; if(si!=0 && ci!=0 && (ci>0)!=(si>0)) { wrongs++; if(info[0]>1.2) { wrongHi++; if(wrongHi<5) printf("HI detC=%d det=%.3f beta=%.3f sc=%.3f\n",ci,dt,info[0],sc);} if(wrongs<5) printf("WRONGSIGN detC=%d*8e2 det=%.3fe2 sc=%.3f beta=%.3f\n",ci,dt,sc,info[0]); } } }
  }
  printf("reached %ld kills %ld wrongs %ld hi %ld\n",reached,kills,wrongs,wrongHi); for(int i=0;i<7;i++) printf("detC=%+d*8e2: det<0 %ld det=0 %ld det>0 %ld\n",i-3,hist[i][0],hist[i][1],hist[i][2]);
  return 0;
}
static int climb_main(int argc,char**argv){
  EB=(3.0+16.0*eps)*eps; EBB=(2.0+12.0*eps)*eps; EBC=(9.0+64.0*eps)*eps*eps; REB=(3.0+8.0*eps)*eps;
  GUARD=ldexp(1,-1000); MINAD=ldexp(1,-900);
  mpq_init(qa);mpq_init(qb);mpq_init(qc);mpq_init(qd);mpq_init(t1);mpq_init(t2);
  rs ^= (uint64_t)atoll(argv[1])*0x9E3779B97F4A7C15ULL; for(int i=0;i<10;i++)rnd();
  int restarts=atoi(argv[2]), steps=atoi(argv[3]);
  double best=-1e18; double bestp[6];
  for(int r=0;r<restarts;r++){
    double p[6]; double sc;
    // seed: structured
    do {
      double X=1+urand()*ldexp(1,-(int)(rnd()%20)), Y=1+urand()*ldexp(1,-(int)(rnd()%20));
      int sh=52+rnd()%2;
      double g1=((int)(rnd()%7)-3)*ldexp(1,-sh), g2=((int)(rnd()%7)-3)*ldexp(1,-sh), h1=((int)(rnd()%7)-3)*ldexp(1,-sh), h2=((int)(rnd()%7)-3)*ldexp(1,-sh);
      p[0]=eps*(1+g1); p[1]=eps*(1-h1); p[2]=eps*(1-g2); p[3]=eps*(1+h2); p[4]=-X; p[5]=-Y;
      if(rnd()%2){ for(int i=0;i<6;i++) p[i]=-p[i]; }
      sc=score(p);
    } while(isnan(sc));
    if(r<5){ printf("seed sc %.3f beta %.3f detC %.3f det %.3f mut %.3f\n",sc,info[0],info[1],info[2],info[3]); }
    for(int s=0;s<steps;s++){
      double q[6]; memcpy(q,p,sizeof q);
      int nm=1+rnd()%2; for(int k=0;k<nm;k++){int i=rnd()%6; q[i]=mutate1(q[i]);}
      double s2=score(q);
      if(!isnan(s2) && s2>=sc){ sc=s2; memcpy(p,q,sizeof q);}
    }
    if(sc>best){best=sc; memcpy(bestp,p,sizeof p);}
    if(sc>=0){ score(p); printf("KILL restart %d score %.4f a=(%.17g,%.17g) b=(%.17g,%.17g) c=(%.17g,%.17g) beta=%.4f detC=%.4f det=%.6g mut=%.4f real=%.4f sg=%g sc=%g\n",r,sc,p[0],p[1],p[2],p[3],p[4],p[5],info[0],info[1],info[2],info[3],info[4],info[5],info[6]); fflush(stdout);}
  }
  score(bestp);
  printf("best %.4f a=(%.17g,%.17g) b=(%.17g,%.17g) c=(%.17g,%.17g) beta=%.4f detC=%.4f det=%.6g mut=%.4f real=%.4f\n",best,bestp[0],bestp[1],bestp[2],bestp[3],bestp[4],bestp[5],info[0],info[1],info[2],info[3],info[4]);
  return 0;
}

int main(int argc,char**argv){
  if(argc==4 && strcmp(argv[1],"random")==0) return random_main(argc-1,argv+1);
  if(argc==5 && strcmp(argv[1],"climb")==0) return climb_main(argc-1,argv+1);
  fprintf(stderr,"usage: thin random SEED N | thin climb SEED RESTARTS STEPS\n"); return 2;
}
