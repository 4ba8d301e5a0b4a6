// The search behind ExactOrientationTests (docs/mutation/geometry-survivors.md, rows 17 and 18): thin triangles
// through stages A-C of ExactOrientation, copied; prints inputs whose stage-C estimate lies between a mutant's bound
// and the real one ("17", "18": the real code goes on to stage D) or just beyond the real bound ("C").
// dotnet run docs/mutation/stage-window.cs <seed> <power-of-two scale>; the tests' cases: seeds 3 and 4, scale 0.
using System.Numerics;
const double Eps = 1.1102230246251565e-16;
const double EB = (2.0 + 12.0 * Eps) * Eps, EC = (9.0 + 64.0 * Eps) * Eps * Eps, RE = (3.0 + 8.0 * Eps) * Eps;
static double TwoSum(double a, double b, out double e){var s=a+b;var bv=s-a;var av=s-bv;e=(a-av)+(b-bv);return s;}
static double TwoDiff(double a, double b, out double e){var d=a-b;var bv=a-d;var av=d+bv;e=(a-av)+(bv-b);return d;}
static double Tail(double a,double b,double d){var bv=a-d;var av=d+bv;return (a-av)+(bv-b);}
static double Est(double a,double b,double c,double d){var l=a*b;var le=Math.FusedMultiplyAdd(a,b,-l);var r=c*d;var re=Math.FusedMultiplyAdd(c,d,-r);
 var low=TwoDiff(le,re,out var x0);var high=TwoSum(l,low,out var mid);var low2=TwoDiff(mid,r,out var x1);var x3=TwoSum(high,low2,out var x2);return x0+x1+x2+x3;}
static BigInteger Mant(double x, out int e){ long bits=BitConverter.DoubleToInt64Bits(x); int ex=(int)((bits>>52)&0x7FF); long m=bits&0xFFFFFFFFFFFFFL; if(ex==0)ex=1; else m|=1L<<52; e=ex-1075; var r=new BigInteger(m); return bits<0?-r:r;}
static int ExactSign(double ax,double ay,double bx,double by,double cx,double cy){
  // scale all by 2^1100 to integers
  BigInteger I(double x){var m=Mant(x,out var e); return m<<(e+1100);} 
  var d=(I(ax)-I(cx))*(I(by)-I(cy))-(I(ay)-I(cy))*(I(bx)-I(cx)); return d.Sign;}
var rng = new Random(int.Parse(args[0]));
double scale = Math.ScaleB(1, int.Parse(args[1]));
int found17=0, found18=0, foundC=0;
for (long it=0; it<50_000_000 && (found17<3||found18<3||foundC<3); it++){
  double X=1+rng.NextDouble(), Y=1+rng.NextDouble();
  double ax=Eps*(0.5+3*rng.NextDouble()), ay=Eps*(0.5+3*rng.NextDouble());
  double t=Eps*(0.5+3*rng.NextDouble());
  double bx=ax+t*X, by=ay+t*Y; double cx=-X, cy=-Y;
  ax*=scale;ay*=scale;bx*=scale;by*=scale;cx*=scale;cy*=scale;
  double acx=ax-cx,bcx=bx-cx,acy=ay-cy,bcy=by-cy; double S=Math.Abs(acx*bcy)+Math.Abs(acy*bcx);
  double det=Est(acx,bcy,acy,bcx); if (det>=EB*S||-det>=EB*S) continue;
  double t1=Tail(ax,cx,acx),t2=Tail(bx,cx,bcx),t3=Tail(ay,cy,acy),t4=Tail(by,cy,bcy);
  if(t1==0&&t2==0&&t3==0&&t4==0) continue;
  double real=EC*S+RE*Math.Abs(det), m17=EC*S-RE*Math.Abs(det), m18=EC*S+RE/Math.Abs(det);
  double detC=det+((acx*t4+bcy*t1)-(acy*t2+bcx*t3));
  bool realC = detC>=real||-detC>=real; bool c17=detC>=m17||-detC>=m17; bool c18=detC>=m18||-detC>=m18;
  string Show(string tag)=>$"{tag} a=({ax:R}, {ay:R}) b=({bx:R}, {by:R}) c=({cx:R}, {cy:R}) detB/(e2S)={det/(Eps*Eps*S):F3} detC/(e2S)={detC/(Eps*Eps*S):F3} real={real/(Eps*Eps*S):F3} m17={m17/(Eps*Eps*S):F3} m18={m18/(Eps*Eps*S):F3} beta={Math.Abs(det)/(Eps*S):F3} sign={Math.Sign(detC)} exact={ExactSign(ax,ay,bx,by,cx,cy)}";
  if(realC && Math.Abs(detC)>real+0.5*Eps*Eps*S && Math.Abs(detC)<100*real && foundC<3){foundC++;Console.WriteLine(Show("C "));}
  if(!realC && c17 && found17<3){found17++;Console.WriteLine(Show("17"));}
  if(!realC && Math.Abs(detC)>9.5*Eps*Eps*S && Math.Abs(detC)<real-0.5*Eps*Eps*S && found18<3){found18++;Console.WriteLine(Show("18"));}
}
