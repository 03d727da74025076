export { memoByString } from "./memo";
