/** A social card's size in pixels: what Open Graph and Twitter show as a large image. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
