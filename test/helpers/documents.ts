// A small decision record the tests share: every customer section filled in, about gift wrapping.

/** Title and the first four customer sections. */
export const GIFT_WRAP_HEAD = [
  '# Gift wrapping at checkout',
  '',
  '## Customers',
  '',
  'Shoppers buying presents in December.',
  '',
  '## Problem solved',
  '',
  'Shoppers wrap at home and the paper tears.',
  '',
  '## Customer impact',
  '',
  'Shoppers see a "gift wrap" box at checkout, for 3 euros, and will be relieved to skip the tape.',
  '',
  '## Value created',
  '',
  'Shoppers get a present ready to give.',
  '',
];
