/** What happened to the victims of a casualty claim (DESIGN.md section 4). */
export type CasualtyKind = 'killed' | 'injured' | 'missing' | 'displaced' | 'arrested' | 'destroyed';
export const CASUALTY_KINDS: CasualtyKind[] = ['killed', 'injured', 'missing', 'displaced', 'arrested', 'destroyed'];
