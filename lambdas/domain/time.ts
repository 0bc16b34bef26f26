/**
 * A moment as people read it in this project, in UTC to the second: "2024-03-12T10:15:30.123Z" → "2024-03-12
 * 10:15:30Z" (README's format). The CLI's lines and tables (bin/cli/common.ts at()) and the API's human-readable
 * messages (a lease held until, …) use it; JSON fields keep the full ISO time. Pure: the CLI bundle imports it.
 */
export const shownTime = (iso: string | null | undefined): string => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '');
