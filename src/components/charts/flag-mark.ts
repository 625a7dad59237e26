/** Marks a unit for coaching beside its name, in every chart, table and sentence: never colour alone. */
export const FLAG_MARK = '▼';
