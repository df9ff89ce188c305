// The nesting rules live in @zhibu/shared so that the web app offers only valid parents.
export { canHoldPeople, canNestUnder } from '@zhibu/shared';
