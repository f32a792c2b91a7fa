/** The drag data type a quote card carries (its id), which matrix cells accept as evidence. */
export const quoteDragType = 'application/x-parley-quote';
