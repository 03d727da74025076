export { findPercentClaims, type PercentClaim } from "./claims";
