/**
 * The demo article: written for this project in the style of an Arabic wire story (not copied from any
 * outlet), with exact and vague casualty counts, relative weekdays and an "X or Y March" date.
 */
export const SAMPLE_ARTICLE = {
  title: 'مقتل 12 مدنياً بقصف على ريف حلب ودعوة إلى اجتماع وزاري',
  language: 'ar' as const,
  publishedAt: '2024-03-02',
  url: 'https://example.org/factcheck-demo/aleppo-shelling',
  source: 'factcheck demo',
  text: [
    'قُتل 12 مدنياً، بينهم أربعة أطفال، وأصيب ما لا يقل عن 30 آخرين بجروح، مساء الخميس، في قصف مدفعي استهدف بلدة في ريف حلب الغربي، بحسب ما أفاد الدفاع المدني.',
    'وقال مسؤول محلي إن عشرات العائلات نزحت من البلدة صباح الجمعة خوفاً من تجدد القصف.',
    'وذكرت وزارة الدفاع في بيان أن قواتها دمرت ثلاث دبابات وأسقطت طائرة مسيّرة أمس.',
    'وأعلن متحدث باسم الخارجية أن اجتماعاً لوزراء الخارجية سيعقد يومي 14 أو 15 آذار لبحث وقف إطلاق النار، بعد فشل محادثات جرت نهاية شباط.',
    'وكانت حصيلة سابقة قد أشارت إلى مقتل أكثر من 200 شخص في المنطقة منذ مطلع العام.',
  ].join('\n\n'),
};
