/** The orders a presentation tour can walk the areas in. */
export const TOUR_ORDERS = ['investment', 'projects', 'geographic'] as const
export type TourOrder = (typeof TOUR_ORDERS)[number]
