/** The first line of what an error says, for the mutation tools' one-line refusals. */
export const firstLine = (e) => (e instanceof Error ? e.message.split('\n')[0] : String(e));
