export { assets } from "./assets";
export { agencyOperating } from "./operating";
export { procurement } from "./procurement";
export { sanGongMeetings } from "./san-gong-meetings";
