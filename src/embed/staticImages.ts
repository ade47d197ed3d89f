/**
 * Each chart as one standalone SVG document, from the same layout code the page uses: for print, social cards and
 * newsletters. The drawing lives in src/pictures/, which also makes each step's picture from the same functions.
 */
export { exportSurgeImage } from '../pictures/surgeImage';
export { rerouteMapImage } from '../pictures/mapImage';
