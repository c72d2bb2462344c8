// Preloaded (NODE_OPTIONS=--import) into the second reproducibility build: the clock reads 400 days
// and 7 hours later, so any date or time taken from the clock shows up as a byte difference.
const RealDate = Date;
const OFFSET = (400 * 24 + 7) * 3600 * 1000;
class ShiftedDate extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + OFFSET);
    else super(...args);
  }
  static now() {
    return RealDate.now() + OFFSET;
  }
}
globalThis.Date = ShiftedDate;
