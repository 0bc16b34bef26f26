/** Interface strings in English and Arabic; the interface follows the browser's language, with a switch. */
import { deskAr, deskEn } from './desk-strings.ts';

const en = {
  app: 'factcheck', queue: 'Review queue', submit: 'Submit an article', signOut: 'Sign out', signIn: 'Sign in',
  signInLocal: 'Sign in to the local stack', name: 'Your name', role: 'Role', reviewer: 'Reviewer', submitter: 'Submitter',
  signInCognito: 'Sign in with your newsroom account', language: 'Language', all: 'All', arabic: 'Arabic', english: 'English',
  priority: 'Priority', claim: 'Claim', article: 'Article', value: 'Value', review: 'Review', more: 'Load more',
  empty: 'Nothing waits for review.', loading: 'Loading…', sentence: 'Sentence', source: 'Source', noSource: 'not attributed',
  checks: 'Checks', corroborations: 'Corroborated by', conflicts: 'Conflicts with', none: 'none', otherReports: '{n} report(s) by others (the desk sees which)', failedBecause: 'Not checked: {why}', failedHelp: 'Send it again (the same text or link) once the cause is fixed: it starts over.', suggested: 'Suggested verdict',
  history: 'Verdict history', noHistory: 'No verdict yet.', giveVerdict: 'Your verdict', rating: 'Rating', note: 'Note',
  evidence: 'Evidence links (one per line)', save: 'Record verdict', saved: 'Verdict recorded (version {v}).',
  stale: 'Another reviewer recorded version {v} first: {rating} by {reviewer}. Your verdict is still here; record it again to replace theirs, or change it.',
  text: 'Text', title: 'Title', url: 'Link (alone is enough: the page is fetched)', publishedAt: 'Published on', send: 'Submit', progress: 'Progress',
  status: 'Status', summary: 'Summary', claims: 'Claims', claimReview: 'ClaimReview (JSON-LD)', decided: 'decided', open: 'open',
  statusPROCESSING: 'Finding claims…', statusAWAITING_REVIEW: 'Waiting for reviewers', statusCHECKED: 'Checked',
  statusPARTIALLY_CHECKED: 'Partly checked (review time ran out)', statusFAILED: 'Failed',
  PENDING_REVIEW: 'open', DECIDED: 'decided', killed: 'killed', injured: 'injured', missing: 'missing', displaced: 'displaced',
  arrested: 'arrested', destroyed: 'destroyed', date: 'date', casualty: 'casualty', or: 'or',
  true: 'True', 'mostly-true': 'Mostly true', misleading: 'Misleading', false: 'False', unverifiable: 'Unverifiable',
  error: 'Something went wrong: {detail}', back: 'Back to the queue', openArticle: 'Open the article', by: 'by',
  signedInAs: 'Signed in as {name}', switchTo: 'العربية', conflictCount: 'conflicts',
  editor: 'Editor', toPublish: 'To publish', publishPage: 'Publication page', publicExplanation: 'Public explanation (readers see it once published)', published: 'published', withdrawn: 'withdrawn',
  intake: 'Feeds & webhooks',
  ...deskEn,
};
type Keys = keyof typeof en;
const ar: Record<Keys, string> = {
  app: 'factcheck', queue: 'قائمة المراجعة', submit: 'إرسال مقال', signOut: 'تسجيل الخروج', signIn: 'تسجيل الدخول',
  signInLocal: 'الدخول إلى النسخة المحلية', name: 'اسمك', role: 'الدور', reviewer: 'مراجع', submitter: 'مُرسِل',
  signInCognito: 'الدخول بحساب غرفة الأخبار', language: 'اللغة', all: 'الكل', arabic: 'العربية', english: 'الإنجليزية',
  priority: 'الأولوية', claim: 'الادعاء', article: 'المقال', value: 'القيمة', review: 'مراجعة', more: 'المزيد',
  empty: 'لا شيء بانتظار المراجعة.', loading: 'جارٍ التحميل…', sentence: 'الجملة', source: 'المصدر', noSource: 'غير منسوب',
  checks: 'التحقق', corroborations: 'تؤكده', conflicts: 'يتعارض مع', none: 'لا شيء', otherReports: 'تقارير أخرى: {n} (يراها فريق التحقق)', failedBecause: 'لم يُفحص: {why}', failedHelp: 'أرسله مرة أخرى (النص أو الرابط نفسه) بعد إصلاح السبب: يبدأ من جديد.', suggested: 'حكم مقترح',
  history: 'سجل الأحكام', noHistory: 'لا حكم بعد.', giveVerdict: 'حكمك', rating: 'التقييم', note: 'ملاحظة',
  evidence: 'روابط الأدلة (رابط في كل سطر)', save: 'تسجيل الحكم', saved: 'سُجّل الحكم (النسخة {v}).',
  stale: 'سجّل مراجع آخر النسخة {v} قبلك: {rating} ({reviewer}). حكمك ما زال هنا؛ سجّله مجدداً ليحل محل حكمه، أو عدّله.',
  text: 'النص', title: 'العنوان', url: 'الرابط (يكفي وحده: تُجلب الصفحة)', publishedAt: 'تاريخ النشر', send: 'إرسال', progress: 'التقدم',
  status: 'الحالة', summary: 'الملخص', claims: 'الادعاءات', claimReview: 'ClaimReview (JSON-LD)', decided: 'محسوم', open: 'مفتوح',
  statusPROCESSING: 'جارٍ استخراج الادعاءات…', statusAWAITING_REVIEW: 'بانتظار المراجعين', statusCHECKED: 'تم التحقق',
  statusPARTIALLY_CHECKED: 'تحقق جزئي (انتهت مهلة المراجعة)', statusFAILED: 'فشل',
  PENDING_REVIEW: 'مفتوح', DECIDED: 'محسوم', killed: 'قتلى', injured: 'جرحى', missing: 'مفقودون', displaced: 'نازحون',
  arrested: 'معتقلون', destroyed: 'مدمَّر', date: 'تاريخ', casualty: 'حصيلة', or: 'أو',
  true: 'صحيح', 'mostly-true': 'صحيح في معظمه', misleading: 'مضلل', false: 'خاطئ', unverifiable: 'لا يمكن التحقق منه',
  error: 'حدث خطأ: {detail}', back: 'العودة إلى القائمة', openArticle: 'فتح المقال', by: 'بواسطة',
  signedInAs: 'مسجّل باسم {name}', switchTo: 'English', conflictCount: 'تعارضات',
  editor: 'محرر', toPublish: 'للنشر', publishPage: 'صفحة النشر', publicExplanation: 'الشرح للقراء (يظهر عند النشر)', published: 'نُشر', withdrawn: 'سُحب',
  intake: 'الخلاصات والخطافات',
  ...deskAr,
};

export type Lang = 'en' | 'ar';
let lang: Lang = (localStorage.getItem('factcheck.lang') as Lang | null) ?? (navigator.language.toLowerCase().startsWith('ar') ? 'ar' : 'en');

export function t(key: Keys | string, vars: Record<string, string | number> = {}): string {
  const table = lang === 'ar' ? ar : en;
  const s = (table as Record<string, string>)[key] ?? (en as Record<string, string>)[key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ''));
}

export const currentLang = () => lang;

export function setLang(next: Lang) {
  lang = next;
  localStorage.setItem('factcheck.lang', next);
  document.documentElement.lang = next;
  document.documentElement.dir = next === 'ar' ? 'rtl' : 'ltr';
}
setLang(lang);
