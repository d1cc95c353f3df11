import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 390:
/***/ (function(module, exports) {

// GENERATED FILE. DO NOT EDIT.
(function (global, factory) {
  function preferDefault(exports) {
    return exports.default || exports;
  }
  if (typeof define === "function" && define.amd) {
    define([], function () {
      var exports = {};
      factory(exports);
      return preferDefault(exports);
    });
  } else if (true) {
    factory(exports);
    if (true) module.exports = preferDefault(exports);
  } else {}
})(
  typeof globalThis !== "undefined"
    ? globalThis
    : typeof self !== "undefined"
      ? self
      : this,
  function (_exports) {
    "use strict";

    Object.defineProperty(_exports, "__esModule", {
      value: true,
    });
    _exports.default = void 0;
    /**
     * @license
     * Copyright 2009 The Closure Library Authors
     * Copyright 2020 Daniel Wirtz / The long.js Authors.
     *
     * Licensed under the Apache License, Version 2.0 (the "License");
     * you may not use this file except in compliance with the License.
     * You may obtain a copy of the License at
     *
     *     http://www.apache.org/licenses/LICENSE-2.0
     *
     * Unless required by applicable law or agreed to in writing, software
     * distributed under the License is distributed on an "AS IS" BASIS,
     * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
     * See the License for the specific language governing permissions and
     * limitations under the License.
     *
     * SPDX-License-Identifier: Apache-2.0
     */

    // WebAssembly optimizations to do native i64 multiplication and divide
    var wasm = null;
    try {
      wasm = new WebAssembly.Instance(
        new WebAssembly.Module(
          new Uint8Array([
            // \0asm
            0, 97, 115, 109,
            // version 1
            1, 0, 0, 0,
            // section "type"
            1, 13, 2,
            // 0, () => i32
            96, 0, 1, 127,
            // 1, (i32, i32, i32, i32) => i32
            96, 4, 127, 127, 127, 127, 1, 127,
            // section "function"
            3, 7, 6,
            // 0, type 0
            0,
            // 1, type 1
            1,
            // 2, type 1
            1,
            // 3, type 1
            1,
            // 4, type 1
            1,
            // 5, type 1
            1,
            // section "global"
            6, 6, 1,
            // 0, "high", mutable i32
            127, 1, 65, 0, 11,
            // section "export"
            7, 50, 6,
            // 0, "mul"
            3, 109, 117, 108, 0, 1,
            // 1, "div_s"
            5, 100, 105, 118, 95, 115, 0, 2,
            // 2, "div_u"
            5, 100, 105, 118, 95, 117, 0, 3,
            // 3, "rem_s"
            5, 114, 101, 109, 95, 115, 0, 4,
            // 4, "rem_u"
            5, 114, 101, 109, 95, 117, 0, 5,
            // 5, "get_high"
            8, 103, 101, 116, 95, 104, 105, 103, 104, 0, 0,
            // section "code"
            10, 191, 1, 6,
            // 0, "get_high"
            4, 0, 35, 0, 11,
            // 1, "mul"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 126, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 2, "div_s"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 127, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 3, "div_u"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 128, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 4, "rem_s"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 129, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 5, "rem_u"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 130, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
          ]),
        ),
        {},
      ).exports;
    } catch {
      // no wasm support :(
    }

    /**
     * Constructs a 64 bit two's-complement integer, given its low and high 32 bit values as *signed* integers.
     *  See the from* functions below for more convenient ways of constructing Longs.
     * @exports Long
     * @class A Long class for representing a 64 bit two's-complement integer value.
     * @param {number} low The low (signed) 32 bits of the long
     * @param {number} high The high (signed) 32 bits of the long
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @constructor
     */
    function Long(low, high, unsigned) {
      /**
       * The low 32 bits as a signed value.
       * @type {number}
       */
      this.low = low | 0;

      /**
       * The high 32 bits as a signed value.
       * @type {number}
       */
      this.high = high | 0;

      /**
       * Whether unsigned or not.
       * @type {boolean}
       */
      this.unsigned = !!unsigned;
    }

    // The internal representation of a long is the two given signed, 32-bit values.
    // We use 32-bit pieces because these are the size of integers on which
    // Javascript performs bit-operations.  For operations like addition and
    // multiplication, we split each number into 16 bit pieces, which can easily be
    // multiplied within Javascript's floating-point representation without overflow
    // or change in sign.
    //
    // In the algorithms below, we frequently reduce the negative case to the
    // positive case by negating the input(s) and then post-processing the result.
    // Note that we must ALWAYS check specially whether those values are MIN_VALUE
    // (-2^63) because -MIN_VALUE == MIN_VALUE (since 2^63 cannot be represented as
    // a positive number, it overflows back into a negative).  Not handling this
    // case would often result in infinite recursion.
    //
    // Common constant values ZERO, ONE, NEG_ONE, etc. are defined below the from*
    // methods on which they depend.

    /**
     * An indicator used to reliably determine if an object is a Long or not.
     * @type {boolean}
     * @const
     * @private
     */
    Long.prototype.__isLong__;
    Object.defineProperty(Long.prototype, "__isLong__", {
      value: true,
    });

    /**
     * @function
     * @param {*} obj Object
     * @returns {boolean}
     * @inner
     */
    function isLong(obj) {
      return (obj && obj["__isLong__"]) === true;
    }

    /**
     * @function
     * @param {*} value number
     * @returns {number}
     * @inner
     */
    function ctz32(value) {
      var c = Math.clz32(value & -value);
      return value ? 31 - c : c;
    }

    /**
     * Tests if the specified object is a Long.
     * @function
     * @param {*} obj Object
     * @returns {boolean}
     */
    Long.isLong = isLong;

    /**
     * A cache of the Long representations of small integer values.
     * @type {!Object}
     * @inner
     */
    var INT_CACHE = {};

    /**
     * A cache of the Long representations of small unsigned integer values.
     * @type {!Object}
     * @inner
     */
    var UINT_CACHE = {};

    /**
     * @param {number} value
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromInt(value, unsigned) {
      var obj, cachedObj, cache;
      if (unsigned) {
        value >>>= 0;
        if ((cache = 0 <= value && value < 256)) {
          cachedObj = UINT_CACHE[value];
          if (cachedObj) return cachedObj;
        }
        obj = fromBits(value, 0, true);
        if (cache) UINT_CACHE[value] = obj;
        return obj;
      } else {
        value |= 0;
        if ((cache = -128 <= value && value < 128)) {
          cachedObj = INT_CACHE[value];
          if (cachedObj) return cachedObj;
        }
        obj = fromBits(value, value < 0 ? -1 : 0, false);
        if (cache) INT_CACHE[value] = obj;
        return obj;
      }
    }

    /**
     * Returns a Long representing the given 32 bit integer value.
     * @function
     * @param {number} value The 32 bit integer in question
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long} The corresponding Long value
     */
    Long.fromInt = fromInt;

    /**
     * @param {number} value
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromNumber(value, unsigned) {
      if (isNaN(value)) return unsigned ? UZERO : ZERO;
      if (unsigned) {
        if (value < 0) return UZERO;
        if (value >= TWO_PWR_64_DBL) return MAX_UNSIGNED_VALUE;
      } else {
        if (value <= -TWO_PWR_63_DBL) return MIN_VALUE;
        if (value + 1 >= TWO_PWR_63_DBL) return MAX_VALUE;
      }
      if (value < 0) return fromNumber(-value, unsigned).neg();
      return fromBits(
        value % TWO_PWR_32_DBL | 0,
        (value / TWO_PWR_32_DBL) | 0,
        unsigned,
      );
    }

    /**
     * Returns a Long representing the given value, provided that it is a finite number. Otherwise, zero is returned.
     * @function
     * @param {number} value The number in question
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long} The corresponding Long value
     */
    Long.fromNumber = fromNumber;

    /**
     * @param {number} lowBits
     * @param {number} highBits
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromBits(lowBits, highBits, unsigned) {
      return new Long(lowBits, highBits, unsigned);
    }

    /**
     * Returns a Long representing the 64 bit integer that comes by concatenating the given low and high bits. Each is
     *  assumed to use 32 bits.
     * @function
     * @param {number} lowBits The low 32 bits
     * @param {number} highBits The high 32 bits
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long} The corresponding Long value
     */
    Long.fromBits = fromBits;

    /**
     * @function
     * @param {number} base
     * @param {number} exponent
     * @returns {number}
     * @inner
     */
    var pow_dbl = Math.pow; // Used 4 times (4*8 to 15+4)

    /**
     * @param {string} str
     * @param {(boolean|number)=} unsigned
     * @param {number=} radix
     * @returns {!Long}
     * @inner
     */
    function fromString(str, unsigned, radix) {
      if (str.length === 0) throw Error("empty string");
      if (typeof unsigned === "number") {
        // For goog.math.long compatibility
        radix = unsigned;
        unsigned = false;
      } else {
        unsigned = !!unsigned;
      }
      if (
        str === "NaN" ||
        str === "Infinity" ||
        str === "+Infinity" ||
        str === "-Infinity"
      )
        return unsigned ? UZERO : ZERO;
      radix = radix || 10;
      if (radix < 2 || 36 < radix) throw RangeError("radix");
      var p;
      if ((p = str.indexOf("-")) > 0) throw Error("interior hyphen");
      else if (p === 0) {
        return fromString(str.substring(1), unsigned, radix).neg();
      }

      // Do several (8) digits each time through the loop, so as to
      // minimize the calls to the very expensive emulated div.
      var radixToPower = fromNumber(pow_dbl(radix, 8));
      var result = ZERO;
      for (var i = 0; i < str.length; i += 8) {
        var size = Math.min(8, str.length - i),
          value = parseInt(str.substring(i, i + size), radix);
        if (size < 8) {
          var power = fromNumber(pow_dbl(radix, size));
          result = result.mul(power).add(fromNumber(value));
        } else {
          result = result.mul(radixToPower);
          result = result.add(fromNumber(value));
        }
      }
      result.unsigned = unsigned;
      return result;
    }

    /**
     * Returns a Long representation of the given string, written using the specified radix.
     * @function
     * @param {string} str The textual representation of the Long
     * @param {(boolean|number)=} unsigned Whether unsigned or not, defaults to signed
     * @param {number=} radix The radix in which the text is written (2-36), defaults to 10
     * @returns {!Long} The corresponding Long value
     */
    Long.fromString = fromString;

    /**
     * @function
     * @param {!Long|number|string|!{low: number, high: number, unsigned: boolean}} val
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromValue(val, unsigned) {
      if (typeof val === "number") return fromNumber(val, unsigned);
      if (typeof val === "string") return fromString(val, unsigned);
      // Throws for non-objects, converts non-instanceof Long:
      return fromBits(
        val.low,
        val.high,
        typeof unsigned === "boolean" ? unsigned : val.unsigned,
      );
    }

    /**
     * Converts the specified value to a Long using the appropriate from* function for its type.
     * @function
     * @param {!Long|number|bigint|string|!{low: number, high: number, unsigned: boolean}} val Value
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long}
     */
    Long.fromValue = fromValue;

    // NOTE: the compiler should inline these constant values below and then remove these variables, so there should be
    // no runtime penalty for these.

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_16_DBL = 1 << 16;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_24_DBL = 1 << 24;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_32_DBL = TWO_PWR_16_DBL * TWO_PWR_16_DBL;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_64_DBL = TWO_PWR_32_DBL * TWO_PWR_32_DBL;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_63_DBL = TWO_PWR_64_DBL / 2;

    /**
     * @type {!Long}
     * @const
     * @inner
     */
    var TWO_PWR_24 = fromInt(TWO_PWR_24_DBL);

    /**
     * @type {!Long}
     * @inner
     */
    var ZERO = fromInt(0);

    /**
     * Signed zero.
     * @type {!Long}
     */
    Long.ZERO = ZERO;

    /**
     * @type {!Long}
     * @inner
     */
    var UZERO = fromInt(0, true);

    /**
     * Unsigned zero.
     * @type {!Long}
     */
    Long.UZERO = UZERO;

    /**
     * @type {!Long}
     * @inner
     */
    var ONE = fromInt(1);

    /**
     * Signed one.
     * @type {!Long}
     */
    Long.ONE = ONE;

    /**
     * @type {!Long}
     * @inner
     */
    var UONE = fromInt(1, true);

    /**
     * Unsigned one.
     * @type {!Long}
     */
    Long.UONE = UONE;

    /**
     * @type {!Long}
     * @inner
     */
    var NEG_ONE = fromInt(-1);

    /**
     * Signed negative one.
     * @type {!Long}
     */
    Long.NEG_ONE = NEG_ONE;

    /**
     * @type {!Long}
     * @inner
     */
    var MAX_VALUE = fromBits(0xffffffff | 0, 0x7fffffff | 0, false);

    /**
     * Maximum signed value.
     * @type {!Long}
     */
    Long.MAX_VALUE = MAX_VALUE;

    /**
     * @type {!Long}
     * @inner
     */
    var MAX_UNSIGNED_VALUE = fromBits(0xffffffff | 0, 0xffffffff | 0, true);

    /**
     * Maximum unsigned value.
     * @type {!Long}
     */
    Long.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE;

    /**
     * @type {!Long}
     * @inner
     */
    var MIN_VALUE = fromBits(0, 0x80000000 | 0, false);

    /**
     * Minimum signed value.
     * @type {!Long}
     */
    Long.MIN_VALUE = MIN_VALUE;

    /**
     * @alias Long.prototype
     * @inner
     */
    var LongPrototype = Long.prototype;

    /**
     * Converts the Long to a 32 bit integer, assuming it is a 32 bit integer.
     * @this {!Long}
     * @returns {number}
     */
    LongPrototype.toInt = function toInt() {
      return this.unsigned ? this.low >>> 0 : this.low;
    };

    /**
     * Converts the Long to a the nearest floating-point representation of this value (double, 53 bit mantissa).
     * @this {!Long}
     * @returns {number}
     */
    LongPrototype.toNumber = function toNumber() {
      if (this.unsigned)
        return (this.high >>> 0) * TWO_PWR_32_DBL + (this.low >>> 0);
      return this.high * TWO_PWR_32_DBL + (this.low >>> 0);
    };

    /**
     * Converts the Long to a string written in the specified radix.
     * @this {!Long}
     * @param {number=} radix Radix (2-36), defaults to 10
     * @returns {string}
     * @override
     * @throws {RangeError} If `radix` is out of range
     */
    LongPrototype.toString = function toString(radix) {
      radix = radix || 10;
      if (radix < 2 || 36 < radix) throw RangeError("radix");
      if (this.isZero()) return "0";
      if (this.isNegative()) {
        // Unsigned Longs are never negative
        if (this.eq(MIN_VALUE)) {
          // We need to change the Long value before it can be negated, so we remove
          // the bottom-most digit in this base and then recurse to do the rest.
          var radixLong = fromNumber(radix),
            div = this.div(radixLong),
            rem1 = div.mul(radixLong).sub(this);
          return div.toString(radix) + rem1.toInt().toString(radix);
        } else return "-" + this.neg().toString(radix);
      }

      // Do several (6) digits each time through the loop, so as to
      // minimize the calls to the very expensive emulated div.
      var radixToPower = fromNumber(pow_dbl(radix, 6), this.unsigned),
        rem = this;
      var result = "";
      while (true) {
        var remDiv = rem.div(radixToPower),
          intval = rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0,
          digits = intval.toString(radix);
        rem = remDiv;
        if (rem.isZero()) return digits + result;
        else {
          while (digits.length < 6) digits = "0" + digits;
          result = "" + digits + result;
        }
      }
    };

    /**
     * Gets the high 32 bits as a signed integer.
     * @this {!Long}
     * @returns {number} Signed high bits
     */
    LongPrototype.getHighBits = function getHighBits() {
      return this.high;
    };

    /**
     * Gets the high 32 bits as an unsigned integer.
     * @this {!Long}
     * @returns {number} Unsigned high bits
     */
    LongPrototype.getHighBitsUnsigned = function getHighBitsUnsigned() {
      return this.high >>> 0;
    };

    /**
     * Gets the low 32 bits as a signed integer.
     * @this {!Long}
     * @returns {number} Signed low bits
     */
    LongPrototype.getLowBits = function getLowBits() {
      return this.low;
    };

    /**
     * Gets the low 32 bits as an unsigned integer.
     * @this {!Long}
     * @returns {number} Unsigned low bits
     */
    LongPrototype.getLowBitsUnsigned = function getLowBitsUnsigned() {
      return this.low >>> 0;
    };

    /**
     * Gets the number of bits needed to represent the absolute value of this Long.
     * @this {!Long}
     * @returns {number}
     */
    LongPrototype.getNumBitsAbs = function getNumBitsAbs() {
      if (this.isNegative())
        // Unsigned Longs are never negative
        return this.eq(MIN_VALUE) ? 64 : this.neg().getNumBitsAbs();
      var val = this.high != 0 ? this.high : this.low;
      for (var bit = 31; bit > 0; bit--) if ((val & (1 << bit)) != 0) break;
      return this.high != 0 ? bit + 33 : bit + 1;
    };

    /**
     * Tests if this Long can be safely represented as a JavaScript number.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isSafeInteger = function isSafeInteger() {
      // 2^53-1 is the maximum safe value
      var top11Bits = this.high >> 21;
      // [0, 2^53-1]
      if (!top11Bits) return true;
      // > 2^53-1
      if (this.unsigned) return false;
      // [-2^53, -1] except -2^53
      return top11Bits === -1 && !(this.low === 0 && this.high === -0x200000);
    };

    /**
     * Tests if this Long's value equals zero.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isZero = function isZero() {
      return this.high === 0 && this.low === 0;
    };

    /**
     * Tests if this Long's value equals zero. This is an alias of {@link Long#isZero}.
     * @returns {boolean}
     */
    LongPrototype.eqz = LongPrototype.isZero;

    /**
     * Tests if this Long's value is negative.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isNegative = function isNegative() {
      return !this.unsigned && this.high < 0;
    };

    /**
     * Tests if this Long's value is positive or zero.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isPositive = function isPositive() {
      return this.unsigned || this.high >= 0;
    };

    /**
     * Tests if this Long's value is odd.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isOdd = function isOdd() {
      return (this.low & 1) === 1;
    };

    /**
     * Tests if this Long's value is even.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isEven = function isEven() {
      return (this.low & 1) === 0;
    };

    /**
     * Tests if this Long's value equals the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.equals = function equals(other) {
      if (!isLong(other)) other = fromValue(other);
      if (
        this.unsigned !== other.unsigned &&
        this.high >>> 31 === 1 &&
        other.high >>> 31 === 1
      )
        return false;
      return this.high === other.high && this.low === other.low;
    };

    /**
     * Tests if this Long's value equals the specified's. This is an alias of {@link Long#equals}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.eq = LongPrototype.equals;

    /**
     * Tests if this Long's value differs from the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.notEquals = function notEquals(other) {
      return !this.eq(/* validates */ other);
    };

    /**
     * Tests if this Long's value differs from the specified's. This is an alias of {@link Long#notEquals}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.neq = LongPrototype.notEquals;

    /**
     * Tests if this Long's value differs from the specified's. This is an alias of {@link Long#notEquals}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.ne = LongPrototype.notEquals;

    /**
     * Tests if this Long's value is less than the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lessThan = function lessThan(other) {
      return this.comp(/* validates */ other) < 0;
    };

    /**
     * Tests if this Long's value is less than the specified's. This is an alias of {@link Long#lessThan}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lt = LongPrototype.lessThan;

    /**
     * Tests if this Long's value is less than or equal the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lessThanOrEqual = function lessThanOrEqual(other) {
      return this.comp(/* validates */ other) <= 0;
    };

    /**
     * Tests if this Long's value is less than or equal the specified's. This is an alias of {@link Long#lessThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lte = LongPrototype.lessThanOrEqual;

    /**
     * Tests if this Long's value is less than or equal the specified's. This is an alias of {@link Long#lessThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.le = LongPrototype.lessThanOrEqual;

    /**
     * Tests if this Long's value is greater than the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.greaterThan = function greaterThan(other) {
      return this.comp(/* validates */ other) > 0;
    };

    /**
     * Tests if this Long's value is greater than the specified's. This is an alias of {@link Long#greaterThan}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.gt = LongPrototype.greaterThan;

    /**
     * Tests if this Long's value is greater than or equal the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.greaterThanOrEqual = function greaterThanOrEqual(other) {
      return this.comp(/* validates */ other) >= 0;
    };

    /**
     * Tests if this Long's value is greater than or equal the specified's. This is an alias of {@link Long#greaterThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.gte = LongPrototype.greaterThanOrEqual;

    /**
     * Tests if this Long's value is greater than or equal the specified's. This is an alias of {@link Long#greaterThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.ge = LongPrototype.greaterThanOrEqual;

    /**
     * Compares this Long's value with the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {number} 0 if they are the same, 1 if the this is greater and -1
     *  if the given one is greater
     */
    LongPrototype.compare = function compare(other) {
      if (!isLong(other)) other = fromValue(other);
      if (this.eq(other)) return 0;
      var thisNeg = this.isNegative(),
        otherNeg = other.isNegative();
      if (thisNeg && !otherNeg) return -1;
      if (!thisNeg && otherNeg) return 1;
      // At this point the sign bits are the same
      if (!this.unsigned) return this.sub(other).isNegative() ? -1 : 1;
      // Both are positive if at least one is unsigned
      return other.high >>> 0 > this.high >>> 0 ||
        (other.high === this.high && other.low >>> 0 > this.low >>> 0)
        ? -1
        : 1;
    };

    /**
     * Compares this Long's value with the specified's. This is an alias of {@link Long#compare}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {number} 0 if they are the same, 1 if the this is greater and -1
     *  if the given one is greater
     */
    LongPrototype.comp = LongPrototype.compare;

    /**
     * Negates this Long's value.
     * @this {!Long}
     * @returns {!Long} Negated Long
     */
    LongPrototype.negate = function negate() {
      if (!this.unsigned && this.eq(MIN_VALUE)) return MIN_VALUE;
      return this.not().add(ONE);
    };

    /**
     * Negates this Long's value. This is an alias of {@link Long#negate}.
     * @function
     * @returns {!Long} Negated Long
     */
    LongPrototype.neg = LongPrototype.negate;

    /**
     * Returns the sum of this and the specified Long.
     * @this {!Long}
     * @param {!Long|number|bigint|string} addend Addend
     * @returns {!Long} Sum
     */
    LongPrototype.add = function add(addend) {
      if (!isLong(addend)) addend = fromValue(addend);

      // Divide each number into 4 chunks of 16 bits, and then sum the chunks.

      var a48 = this.high >>> 16;
      var a32 = this.high & 0xffff;
      var a16 = this.low >>> 16;
      var a00 = this.low & 0xffff;
      var b48 = addend.high >>> 16;
      var b32 = addend.high & 0xffff;
      var b16 = addend.low >>> 16;
      var b00 = addend.low & 0xffff;
      var c48 = 0,
        c32 = 0,
        c16 = 0,
        c00 = 0;
      c00 += a00 + b00;
      c16 += c00 >>> 16;
      c00 &= 0xffff;
      c16 += a16 + b16;
      c32 += c16 >>> 16;
      c16 &= 0xffff;
      c32 += a32 + b32;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c48 += a48 + b48;
      c48 &= 0xffff;
      return fromBits((c16 << 16) | c00, (c48 << 16) | c32, this.unsigned);
    };

    /**
     * Returns the difference of this and the specified Long.
     * @this {!Long}
     * @param {!Long|number|bigint|string} subtrahend Subtrahend
     * @returns {!Long} Difference
     */
    LongPrototype.subtract = function subtract(subtrahend) {
      if (!isLong(subtrahend)) subtrahend = fromValue(subtrahend);
      return this.add(subtrahend.neg());
    };

    /**
     * Returns the difference of this and the specified Long. This is an alias of {@link Long#subtract}.
     * @function
     * @param {!Long|number|bigint|string} subtrahend Subtrahend
     * @returns {!Long} Difference
     */
    LongPrototype.sub = LongPrototype.subtract;

    /**
     * Returns the product of this and the specified Long.
     * @this {!Long}
     * @param {!Long|number|bigint|string} multiplier Multiplier
     * @returns {!Long} Product
     */
    LongPrototype.multiply = function multiply(multiplier) {
      if (this.isZero()) return this;
      if (!isLong(multiplier)) multiplier = fromValue(multiplier);

      // use wasm support if present
      if (wasm) {
        var low = wasm["mul"](
          this.low,
          this.high,
          multiplier.low,
          multiplier.high,
        );
        return fromBits(low, wasm["get_high"](), this.unsigned);
      }
      if (multiplier.isZero()) return this.unsigned ? UZERO : ZERO;
      if (this.eq(MIN_VALUE)) return multiplier.isOdd() ? MIN_VALUE : ZERO;
      if (multiplier.eq(MIN_VALUE)) return this.isOdd() ? MIN_VALUE : ZERO;
      if (this.isNegative()) {
        if (multiplier.isNegative()) return this.neg().mul(multiplier.neg());
        else return this.neg().mul(multiplier).neg();
      } else if (multiplier.isNegative())
        return this.mul(multiplier.neg()).neg();

      // If both longs are small, use float multiplication
      if (this.lt(TWO_PWR_24) && multiplier.lt(TWO_PWR_24))
        return fromNumber(
          this.toNumber() * multiplier.toNumber(),
          this.unsigned,
        );

      // Divide each long into 4 chunks of 16 bits, and then add up 4x4 products.
      // We can skip products that would overflow.

      var a48 = this.high >>> 16;
      var a32 = this.high & 0xffff;
      var a16 = this.low >>> 16;
      var a00 = this.low & 0xffff;
      var b48 = multiplier.high >>> 16;
      var b32 = multiplier.high & 0xffff;
      var b16 = multiplier.low >>> 16;
      var b00 = multiplier.low & 0xffff;
      var c48 = 0,
        c32 = 0,
        c16 = 0,
        c00 = 0;
      c00 += a00 * b00;
      c16 += c00 >>> 16;
      c00 &= 0xffff;
      c16 += a16 * b00;
      c32 += c16 >>> 16;
      c16 &= 0xffff;
      c16 += a00 * b16;
      c32 += c16 >>> 16;
      c16 &= 0xffff;
      c32 += a32 * b00;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c32 += a16 * b16;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c32 += a00 * b32;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
      c48 &= 0xffff;
      return fromBits((c16 << 16) | c00, (c48 << 16) | c32, this.unsigned);
    };

    /**
     * Returns the product of this and the specified Long. This is an alias of {@link Long#multiply}.
     * @function
     * @param {!Long|number|bigint|string} multiplier Multiplier
     * @returns {!Long} Product
     */
    LongPrototype.mul = LongPrototype.multiply;

    /**
     * Returns this Long divided by the specified. The result is signed if this Long is signed or
     *  unsigned if this Long is unsigned.
     * @this {!Long}
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Quotient
     */
    LongPrototype.divide = function divide(divisor) {
      if (!isLong(divisor)) divisor = fromValue(divisor);
      if (divisor.isZero()) throw Error("division by zero");

      // use wasm support if present
      if (wasm) {
        // guard against signed division overflow: the largest
        // negative number / -1 would be 1 larger than the largest
        // positive number, due to two's complement.
        if (
          !this.unsigned &&
          this.high === -0x80000000 &&
          divisor.low === -1 &&
          divisor.high === -1
        ) {
          // be consistent with non-wasm code path
          return this;
        }
        var low = (this.unsigned ? wasm["div_u"] : wasm["div_s"])(
          this.low,
          this.high,
          divisor.low,
          divisor.high,
        );
        return fromBits(low, wasm["get_high"](), this.unsigned);
      }
      if (this.isZero()) return this.unsigned ? UZERO : ZERO;
      var approx, rem, res;
      if (!this.unsigned) {
        // This section is only relevant for signed longs and is derived from the
        // closure library as a whole.
        if (this.eq(MIN_VALUE)) {
          if (divisor.eq(ONE) || divisor.eq(NEG_ONE))
            return MIN_VALUE; // recall that -MIN_VALUE == MIN_VALUE
          else if (divisor.eq(MIN_VALUE)) return ONE;
          else {
            // At this point, we have |other| >= 2, so |this/other| < |MIN_VALUE|.
            var halfThis = this.shr(1);
            approx = halfThis.div(divisor).shl(1);
            if (approx.eq(ZERO)) {
              return divisor.isNegative() ? ONE : NEG_ONE;
            } else {
              rem = this.sub(divisor.mul(approx));
              res = approx.add(rem.div(divisor));
              return res;
            }
          }
        } else if (divisor.eq(MIN_VALUE)) return this.unsigned ? UZERO : ZERO;
        if (this.isNegative()) {
          if (divisor.isNegative()) return this.neg().div(divisor.neg());
          return this.neg().div(divisor).neg();
        } else if (divisor.isNegative()) return this.div(divisor.neg()).neg();
        res = ZERO;
      } else {
        // The algorithm below has not been made for unsigned longs. It's therefore
        // required to take special care of the MSB prior to running it.
        if (!divisor.unsigned) divisor = divisor.toUnsigned();
        if (divisor.gt(this)) return UZERO;
        if (divisor.gt(this.shru(1)))
          // 15 >>> 1 = 7 ; with divisor = 8 ; true
          return UONE;
        res = UZERO;
      }

      // Repeat the following until the remainder is less than other:  find a
      // floating-point that approximates remainder / other *from below*, add this
      // into the result, and subtract it from the remainder.  It is critical that
      // the approximate value is less than or equal to the real value so that the
      // remainder never becomes negative.
      rem = this;
      while (rem.gte(divisor)) {
        // Approximate the result of division. This may be a little greater or
        // smaller than the actual value.
        approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));

        // We will tweak the approximate result by changing it in the 48-th digit or
        // the smallest non-fractional digit, whichever is larger.
        var log2 = Math.ceil(Math.log(approx) / Math.LN2),
          delta = log2 <= 48 ? 1 : pow_dbl(2, log2 - 48),
          // Decrease the approximation until it is smaller than the remainder.  Note
          // that if it is too large, the product overflows and is negative.
          approxRes = fromNumber(approx),
          approxRem = approxRes.mul(divisor);
        while (approxRem.isNegative() || approxRem.gt(rem)) {
          approx -= delta;
          approxRes = fromNumber(approx, this.unsigned);
          approxRem = approxRes.mul(divisor);
        }

        // We know the answer can't be zero... and actually, zero would cause
        // infinite recursion since we would make no progress.
        if (approxRes.isZero()) approxRes = ONE;
        res = res.add(approxRes);
        rem = rem.sub(approxRem);
      }
      return res;
    };

    /**
     * Returns this Long divided by the specified. This is an alias of {@link Long#divide}.
     * @function
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Quotient
     */
    LongPrototype.div = LongPrototype.divide;

    /**
     * Returns this Long modulo the specified.
     * @this {!Long}
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Remainder
     */
    LongPrototype.modulo = function modulo(divisor) {
      if (!isLong(divisor)) divisor = fromValue(divisor);

      // use wasm support if present
      if (wasm) {
        var low = (this.unsigned ? wasm["rem_u"] : wasm["rem_s"])(
          this.low,
          this.high,
          divisor.low,
          divisor.high,
        );
        return fromBits(low, wasm["get_high"](), this.unsigned);
      }
      return this.sub(this.div(divisor).mul(divisor));
    };

    /**
     * Returns this Long modulo the specified. This is an alias of {@link Long#modulo}.
     * @function
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Remainder
     */
    LongPrototype.mod = LongPrototype.modulo;

    /**
     * Returns this Long modulo the specified. This is an alias of {@link Long#modulo}.
     * @function
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Remainder
     */
    LongPrototype.rem = LongPrototype.modulo;

    /**
     * Returns the bitwise NOT of this Long.
     * @this {!Long}
     * @returns {!Long}
     */
    LongPrototype.not = function not() {
      return fromBits(~this.low, ~this.high, this.unsigned);
    };

    /**
     * Returns count leading zeros of this Long.
     * @this {!Long}
     * @returns {!number}
     */
    LongPrototype.countLeadingZeros = function countLeadingZeros() {
      return this.high ? Math.clz32(this.high) : Math.clz32(this.low) + 32;
    };

    /**
     * Returns count leading zeros. This is an alias of {@link Long#countLeadingZeros}.
     * @function
     * @param {!Long}
     * @returns {!number}
     */
    LongPrototype.clz = LongPrototype.countLeadingZeros;

    /**
     * Returns count trailing zeros of this Long.
     * @this {!Long}
     * @returns {!number}
     */
    LongPrototype.countTrailingZeros = function countTrailingZeros() {
      return this.low ? ctz32(this.low) : ctz32(this.high) + 32;
    };

    /**
     * Returns count trailing zeros. This is an alias of {@link Long#countTrailingZeros}.
     * @function
     * @param {!Long}
     * @returns {!number}
     */
    LongPrototype.ctz = LongPrototype.countTrailingZeros;

    /**
     * Returns the bitwise AND of this Long and the specified.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other Long
     * @returns {!Long}
     */
    LongPrototype.and = function and(other) {
      if (!isLong(other)) other = fromValue(other);
      return fromBits(
        this.low & other.low,
        this.high & other.high,
        this.unsigned,
      );
    };

    /**
     * Returns the bitwise OR of this Long and the specified.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other Long
     * @returns {!Long}
     */
    LongPrototype.or = function or(other) {
      if (!isLong(other)) other = fromValue(other);
      return fromBits(
        this.low | other.low,
        this.high | other.high,
        this.unsigned,
      );
    };

    /**
     * Returns the bitwise XOR of this Long and the given one.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other Long
     * @returns {!Long}
     */
    LongPrototype.xor = function xor(other) {
      if (!isLong(other)) other = fromValue(other);
      return fromBits(
        this.low ^ other.low,
        this.high ^ other.high,
        this.unsigned,
      );
    };

    /**
     * Returns this Long with bits shifted to the left by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shiftLeft = function shiftLeft(numBits) {
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      else if (numBits < 32)
        return fromBits(
          this.low << numBits,
          (this.high << numBits) | (this.low >>> (32 - numBits)),
          this.unsigned,
        );
      else return fromBits(0, this.low << (numBits - 32), this.unsigned);
    };

    /**
     * Returns this Long with bits shifted to the left by the given amount. This is an alias of {@link Long#shiftLeft}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shl = LongPrototype.shiftLeft;

    /**
     * Returns this Long with bits arithmetically shifted to the right by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shiftRight = function shiftRight(numBits) {
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      else if (numBits < 32)
        return fromBits(
          (this.low >>> numBits) | (this.high << (32 - numBits)),
          this.high >> numBits,
          this.unsigned,
        );
      else
        return fromBits(
          this.high >> (numBits - 32),
          this.high >= 0 ? 0 : -1,
          this.unsigned,
        );
    };

    /**
     * Returns this Long with bits arithmetically shifted to the right by the given amount. This is an alias of {@link Long#shiftRight}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shr = LongPrototype.shiftRight;

    /**
     * Returns this Long with bits logically shifted to the right by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shiftRightUnsigned = function shiftRightUnsigned(numBits) {
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      if (numBits < 32)
        return fromBits(
          (this.low >>> numBits) | (this.high << (32 - numBits)),
          this.high >>> numBits,
          this.unsigned,
        );
      if (numBits === 32) return fromBits(this.high, 0, this.unsigned);
      return fromBits(this.high >>> (numBits - 32), 0, this.unsigned);
    };

    /**
     * Returns this Long with bits logically shifted to the right by the given amount. This is an alias of {@link Long#shiftRightUnsigned}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shru = LongPrototype.shiftRightUnsigned;

    /**
     * Returns this Long with bits logically shifted to the right by the given amount. This is an alias of {@link Long#shiftRightUnsigned}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shr_u = LongPrototype.shiftRightUnsigned;

    /**
     * Returns this Long with bits rotated to the left by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotateLeft = function rotateLeft(numBits) {
      var b;
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
      if (numBits < 32) {
        b = 32 - numBits;
        return fromBits(
          (this.low << numBits) | (this.high >>> b),
          (this.high << numBits) | (this.low >>> b),
          this.unsigned,
        );
      }
      numBits -= 32;
      b = 32 - numBits;
      return fromBits(
        (this.high << numBits) | (this.low >>> b),
        (this.low << numBits) | (this.high >>> b),
        this.unsigned,
      );
    };
    /**
     * Returns this Long with bits rotated to the left by the given amount. This is an alias of {@link Long#rotateLeft}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotl = LongPrototype.rotateLeft;

    /**
     * Returns this Long with bits rotated to the right by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotateRight = function rotateRight(numBits) {
      var b;
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
      if (numBits < 32) {
        b = 32 - numBits;
        return fromBits(
          (this.high << b) | (this.low >>> numBits),
          (this.low << b) | (this.high >>> numBits),
          this.unsigned,
        );
      }
      numBits -= 32;
      b = 32 - numBits;
      return fromBits(
        (this.low << b) | (this.high >>> numBits),
        (this.high << b) | (this.low >>> numBits),
        this.unsigned,
      );
    };
    /**
     * Returns this Long with bits rotated to the right by the given amount. This is an alias of {@link Long#rotateRight}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotr = LongPrototype.rotateRight;

    /**
     * Converts this Long to signed.
     * @this {!Long}
     * @returns {!Long} Signed long
     */
    LongPrototype.toSigned = function toSigned() {
      if (!this.unsigned) return this;
      return fromBits(this.low, this.high, false);
    };

    /**
     * Converts this Long to unsigned.
     * @this {!Long}
     * @returns {!Long} Unsigned long
     */
    LongPrototype.toUnsigned = function toUnsigned() {
      if (this.unsigned) return this;
      return fromBits(this.low, this.high, true);
    };

    /**
     * Converts this Long to its byte representation.
     * @param {boolean=} le Whether little or big endian, defaults to big endian
     * @this {!Long}
     * @returns {!Array.<number>} Byte representation
     */
    LongPrototype.toBytes = function toBytes(le) {
      return le ? this.toBytesLE() : this.toBytesBE();
    };

    /**
     * Converts this Long to its little endian byte representation.
     * @this {!Long}
     * @returns {!Array.<number>} Little endian byte representation
     */
    LongPrototype.toBytesLE = function toBytesLE() {
      var hi = this.high,
        lo = this.low;
      return [
        lo & 0xff,
        (lo >>> 8) & 0xff,
        (lo >>> 16) & 0xff,
        lo >>> 24,
        hi & 0xff,
        (hi >>> 8) & 0xff,
        (hi >>> 16) & 0xff,
        hi >>> 24,
      ];
    };

    /**
     * Converts this Long to its big endian byte representation.
     * @this {!Long}
     * @returns {!Array.<number>} Big endian byte representation
     */
    LongPrototype.toBytesBE = function toBytesBE() {
      var hi = this.high,
        lo = this.low;
      return [
        hi >>> 24,
        (hi >>> 16) & 0xff,
        (hi >>> 8) & 0xff,
        hi & 0xff,
        lo >>> 24,
        (lo >>> 16) & 0xff,
        (lo >>> 8) & 0xff,
        lo & 0xff,
      ];
    };

    /**
     * Creates a Long from its byte representation.
     * @param {!Array.<number>} bytes Byte representation
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @param {boolean=} le Whether little or big endian, defaults to big endian
     * @returns {Long} The corresponding Long value
     */
    Long.fromBytes = function fromBytes(bytes, unsigned, le) {
      return le
        ? Long.fromBytesLE(bytes, unsigned)
        : Long.fromBytesBE(bytes, unsigned);
    };

    /**
     * Creates a Long from its little endian byte representation.
     * @param {!Array.<number>} bytes Little endian byte representation
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {Long} The corresponding Long value
     */
    Long.fromBytesLE = function fromBytesLE(bytes, unsigned) {
      return new Long(
        bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24),
        bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24),
        unsigned,
      );
    };

    /**
     * Creates a Long from its big endian byte representation.
     * @param {!Array.<number>} bytes Big endian byte representation
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {Long} The corresponding Long value
     */
    Long.fromBytesBE = function fromBytesBE(bytes, unsigned) {
      return new Long(
        (bytes[4] << 24) | (bytes[5] << 16) | (bytes[6] << 8) | bytes[7],
        (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3],
        unsigned,
      );
    };

    // Support conversion to/from BigInt where available
    if (typeof BigInt === "function") {
      /**
       * Returns a Long representing the given big integer.
       * @function
       * @param {number} value The big integer value
       * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
       * @returns {!Long} The corresponding Long value
       */
      Long.fromBigInt = function fromBigInt(value, unsigned) {
        var lowBits = Number(BigInt.asIntN(32, value));
        var highBits = Number(BigInt.asIntN(32, value >> BigInt(32)));
        return fromBits(lowBits, highBits, unsigned);
      };

      // Override
      Long.fromValue = function fromValueWithBigInt(value, unsigned) {
        if (typeof value === "bigint") return Long.fromBigInt(value, unsigned);
        return fromValue(value, unsigned);
      };

      /**
       * Converts the Long to its big integer representation.
       * @this {!Long}
       * @returns {bigint}
       */
      LongPrototype.toBigInt = function toBigInt() {
        var lowBigInt = BigInt(this.low >>> 0);
        var highBigInt = BigInt(this.unsigned ? this.high >>> 0 : this.high);
        return (highBigInt << BigInt(32)) | lowBigInt;
      };
    }
    var _default = (_exports.default = Long);
  },
);


/***/ }),

/***/ 170:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// minimal library entry point.


module.exports = __nccwpck_require__(18);


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


/**
 * Build type, one of `"full"`, `"light"` or `"minimal"`.
 * @name build
 * @type {string}
 * @const
 */
__webpack_unused_export__ = "minimal";

// Serialization
exports.Writer = __nccwpck_require__(745);
exports.BufferWriter = __nccwpck_require__(74);
exports.Reader = __nccwpck_require__(789);
exports.BufferReader = __nccwpck_require__(102);

// Utility
exports.util = __nccwpck_require__(186);
/* unused reexport */ __nccwpck_require__(575);
exports.roots = __nccwpck_require__(937);
__webpack_unused_export__    = configure;

/* istanbul ignore next */
/**
 * Reconfigures the library according to the environment.
 * @returns {undefined}
 */
function configure() {
    exports.util.LongBits._configure(exports.util.Long);
    exports.Writer._configure(exports.BufferWriter);
    exports.Reader._configure(exports.BufferReader);
}

// Set up buffer utility according to the environment
configure();


/***/ }),

/***/ 789:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Reader;

var util      = __nccwpck_require__(186);

var BufferReader; // cyclic

var LongBits  = util.LongBits,
    utf8      = util.utf8;

/* istanbul ignore next */
function indexOutOfRange(reader, writeLength) {
    return RangeError("index out of range: " + reader.pos + " + " + (writeLength || 1) + " > " + reader.len);
}

/**
 * Constructs a new reader instance using the specified buffer.
 * @classdesc Wire format reader using `Uint8Array`.
 * @constructor
 * @param {Uint8Array} buffer Buffer to read from
 */
function Reader(buffer) {

    /**
     * Read buffer.
     * @type {Uint8Array}
     */
    this.buf = buffer;

    /**
     * Read buffer position.
     * @type {number}
     */
    this.pos = 0;

    /**
     * Read buffer length.
     * @type {number}
     */
    this.len = buffer.length;

    /**
     * Cached DataView for packed reads.
     * @type {DataView|null}
     */
    this.view = null;

    /**
     * Whether to discard unknown fields while decoding.
     * @type {boolean}
     */
    this.discardUnknown = Reader.discardUnknown;
}

function create_array(buffer) {
    // TODO: Remove plain array reader support in the next major release.
    if (Array.isArray(buffer))
        buffer = new Uint8Array(buffer);
    if (buffer instanceof Uint8Array)
        return new Reader(buffer);
    throw Error("illegal buffer");
}

var create = function create() {
    return util.Buffer
        ? function create_buffer_setup(buffer) {
            return (Reader.create = function create_buffer(buffer) {
                return util.Buffer.isBuffer(buffer)
                    ? new BufferReader(buffer)
                    /* istanbul ignore next */
                    : create_array(buffer);
            })(buffer);
        }
        /* istanbul ignore next */
        : create_array;
};

/**
 * Creates a new reader using the specified buffer.
 * @function
 * @param {Uint8Array|Buffer} buffer Buffer to read from
 * @returns {Reader|BufferReader} A {@link BufferReader} if `buffer` is a Buffer, otherwise a {@link Reader}
 * @throws {Error} If `buffer` is not a valid buffer
 */
Reader.create = create();

/**
 * Returns raw bytes from the backing buffer without advancing the reader.
 * @param {number} start Start offset
 * @param {number} end End offset
 * @returns {Uint8Array} Raw bytes
 */
Reader.prototype.raw = function read_raw(start, end) {
    return this.buf.subarray(start, end);
};

function readVarint32NearEnd(reader) {
    // Safely read up to four bytes of a varint32 near the reader limit
    var value = 0;
    for (var i = 0; i < 4; ++i) {
        if (reader.pos >= reader.len)
            throw indexOutOfRange(reader);
        var b = reader.buf[reader.pos++];
        value = (value | (b & 127) << i * 7) >>> 0;
        if (b < 128)
            return value;
    }
    throw indexOutOfRange(reader);
}

/**
 * Reads a varint as an unsigned 32 bit value.
 * @function
 * @returns {number} Value read
 */
Reader.prototype.uint32 = function read_uint32() {
    if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
            throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
            return readVarint32NearEnd(this);
    }
    var buf = this.buf,
        pos = this.pos,
        value = (buf[pos] & 127) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 7) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 14) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 21) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 15) << 28) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }

    for (var i = 0; i < 5; ++i) {
        /* istanbul ignore if */
        if (pos >= this.len) {
            this.pos = pos;
            throw indexOutOfRange(this);
        }
        if (buf[pos++] < 128) {
            this.pos = pos;
            return value;
        }
    }
    /* istanbul ignore next */
    this.pos = pos;
    throw Error("invalid varint encoding");
};

/**
 * Reads a field tag.
 * @function
 * @returns {number} Tag read
 */
Reader.prototype.tag = function read_tag() {
    if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
            throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
            return readVarint32NearEnd(this);
    }
    var buf = this.buf,
        pos = this.pos,
        value = (buf[pos] & 127) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 7) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 14) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 21) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 15) << 28) >>> 0;
    if (buf[pos] < 128 && (buf[pos] & 112) === 0) {
        this.pos = pos + 1;
        return value;
    }

    this.pos = pos + 1;
    throw Error("invalid tag encoding");
};

/**
 * Reads a varint length prefix within signed 32 bit range.
 * @returns {number} Length read
 */
Reader.prototype.size = function read_size() {
    if (this.len - this.pos < 5) {
        if (this.pos >= this.len)
            throw indexOutOfRange(this);
        if (this.buf[this.pos] >= 128)
            return readVarint32NearEnd(this);
    }
    var buf = this.buf,
        pos = this.pos,
        value = (buf[pos] & 127) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 7) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 14) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    value = (value | (buf[pos] & 127) << 21) >>> 0;
    if (buf[pos++] < 128) {
        this.pos = pos;
        return value;
    }
    this.pos = pos + 1;
    if (buf[pos] > 7)
        throw Error("invalid length encoding");
    return (value | buf[pos] << 28) >>> 0;
};

/**
 * Reads a varint as a signed 32 bit value.
 * @returns {number} Value read
 */
Reader.prototype.int32 = function read_int32() {
    return this.uint32() | 0;
};

/**
 * Reads a zig-zag encoded varint as a signed 32 bit value.
 * @returns {number} Value read
 */
Reader.prototype.sint32 = function read_sint32() {
    var value = this.uint32();
    return value >>> 1 ^ -(value & 1) | 0;
};

/* eslint-disable no-invalid-this */

function readLongVarint() {
    // tends to deopt with local vars for octet etc.
    var bits = new LongBits(0, 0);
    var i = 0;
    if (this.len - this.pos > 4) { // fast route (lo)
        for (; i < 4; ++i) {
            // 1st..4th
            bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
        // 5th
        bits.lo = (bits.lo | (this.buf[this.pos] & 127) << 28) >>> 0;
        bits.hi = (bits.hi | (this.buf[this.pos] & 127) >>  4) >>> 0;
        if (this.buf[this.pos++] < 128)
            return bits;
        i = 0;
    } else {
        for (; i < 4; ++i) {
            /* istanbul ignore if */
            if (this.pos >= this.len)
                throw indexOutOfRange(this);
            // 1st..4th
            bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
        throw indexOutOfRange(this);
    }
    if (this.len - this.pos > 4) { // fast route (hi)
        for (; i < 5; ++i) {
            // 6th..10th
            bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
    } else {
        for (; i < 5; ++i) {
            /* istanbul ignore if */
            if (this.pos >= this.len)
                throw indexOutOfRange(this);
            // 6th..10th
            bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
    }
    /* istanbul ignore next */
    throw Error("invalid varint encoding");
}

/* eslint-enable no-invalid-this */

/**
 * Reads a varint as a signed 64 bit value.
 * @name Reader#int64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a varint as an unsigned 64 bit value.
 * @name Reader#uint64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a zig-zag encoded varint as a signed 64 bit value.
 * @name Reader#sint64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a varint as a boolean.
 * @returns {boolean} Value read
 */
Reader.prototype.bool = function read_bool() {
    var value = false,
        b;
    for (var i = 0; i < 10; ++i) {
        /* istanbul ignore if */
        if (this.pos >= this.len)
            throw indexOutOfRange(this);
        b = this.buf[this.pos++];
        if (b & 127)
            value = true;
        if (b < 128)
            return value;
    }
    /* istanbul ignore next */
    throw Error("invalid varint encoding");
};

function readFixed32_end(buf, end) { // note that this uses `end`, not `pos`
    return (buf[end - 4]
          | buf[end - 3] << 8
          | buf[end - 2] << 16
          | buf[end - 1] << 24) >>> 0;
}

/**
 * Reads fixed 32 bits as an unsigned 32 bit integer.
 * @returns {number} Value read
 */
Reader.prototype.fixed32 = function read_fixed32() {

    /* istanbul ignore if */
    if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);

    return readFixed32_end(this.buf, this.pos += 4);
};

/**
 * Reads fixed 32 bits as a signed 32 bit integer.
 * @returns {number} Value read
 */
Reader.prototype.sfixed32 = function read_sfixed32() {

    /* istanbul ignore if */
    if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);

    return readFixed32_end(this.buf, this.pos += 4) | 0;
};

/* eslint-disable no-invalid-this */

function readFixed64(/* this: Reader */) {

    /* istanbul ignore if */
    if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 8);

    return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
}

/* eslint-enable no-invalid-this */

/**
 * Reads fixed 64 bits.
 * @name Reader#fixed64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads zig-zag encoded fixed 64 bits.
 * @name Reader#sfixed64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a float (32 bit) as a number.
 * @function
 * @returns {number} Value read
 */
Reader.prototype.float = function read_float() {

    /* istanbul ignore if */
    if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);

    var value = util.float.readFloatLE(this.buf, this.pos);
    this.pos += 4;
    return value;
};

/**
 * Reads a double (64 bit float) as a number.
 * @function
 * @returns {number} Value read
 */
Reader.prototype.double = function read_double() {

    /* istanbul ignore if */
    if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 4);

    var value = util.float.readDoubleLE(this.buf, this.pos);
    this.pos += 8;
    return value;
};

/**
 * Reads a packed repeated field of unsigned 32 bit varints.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.uint32s = function read_uint32s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (pos < end) {
        value = buf[pos++];
        if (value < 128)
            array.push(value);
        else {
            this.pos = pos - 1;
            array.push(this.uint32());
            pos = this.pos;
        }
    }
    this.pos = pos;
    if (pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of signed 32 bit varints.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.int32s = function read_int32s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (pos < end) {
        value = buf[pos++];
        if (value < 128)
            array.push(value);
        else {
            this.pos = pos - 1;
            array.push(this.int32());
            pos = this.pos;
        }
    }
    this.pos = pos;
    if (pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of zig-zag encoded signed 32 bit varints.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.sint32s = function read_sint32s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (this.pos < end)
        array.push(this.sint32());
    if (this.pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of booleans.
 * @param {boolean[]} [array] Array to read into; a new one is created if omitted
 * @returns {boolean[]} Array read into
 */
Reader.prototype.bools = function read_bools(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len, buf = this.buf, pos = this.pos, value;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (pos < end) {
        value = buf[pos++];
        if (value < 128)
            array.push(value !== 0);
        else {
            this.pos = pos - 1;
            array.push(this.bool());
            pos = this.pos;
        }
    }
    this.pos = pos;
    if (pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

// The view allocation only pays off when amortized over enough reads
var VIEW_THRESHOLD_FLOAT = 8,
    VIEW_THRESHOLD_INT   = 128;

function getLazyView(reader, count, threshold) {
    var view = reader.view;
    if (view || count < threshold)
        return view;
    var buf = reader.buf;
    return reader.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * Reads a packed repeated field of unsigned 32 bit fixed values.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.fixed32s = function read_fixed32s(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 2, i = array.length, pos = this.pos;
    array.length = i + count;
    var dv = getLazyView(this, count, VIEW_THRESHOLD_INT);
    if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getUint32(pos, true);
    else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = readFixed32_end(buf, pos + 4);
    }
    this.pos = pos;
    if (pos !== end) throw indexOutOfRange(this, 4);
    return array;
};

/**
 * Reads a packed repeated field of signed 32 bit fixed values.
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.sfixed32s = function read_sfixed32s(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 2, i = array.length, pos = this.pos;
    array.length = i + count;
    var dv = getLazyView(this, count, VIEW_THRESHOLD_INT);
    if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getInt32(pos, true);
    else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = readFixed32_end(buf, pos + 4) | 0;
    }
    this.pos = pos;
    if (pos !== end) throw indexOutOfRange(this, 4);
    return array;
};

/**
 * Reads a packed repeated field of floats (32 bit).
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.floats = function read_floats(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 2, i = array.length, pos = this.pos;
    array.length = i + count;
    var dv = getLazyView(this, count, VIEW_THRESHOLD_FLOAT);
    if (dv)
        for (var k = 0; k < count; ++k, pos += 4) array[i++] = dv.getFloat32(pos, true);
    else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 4) array[i++] = util.float.readFloatLE(buf, pos);
    }
    this.pos = pos;
    if (pos !== end) throw indexOutOfRange(this, 4);
    return array;
};

/**
 * Reads a packed repeated field of doubles (64 bit float).
 * @param {number[]} [array] Array to read into; a new one is created if omitted
 * @returns {number[]} Array read into
 */
Reader.prototype.doubles = function read_doubles(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 3, i = array.length, pos = this.pos;
    array.length = i + count;
    var dv = getLazyView(this, count, VIEW_THRESHOLD_FLOAT);
    if (dv)
        for (var k = 0; k < count; ++k, pos += 8) array[i++] = dv.getFloat64(pos, true);
    else {
        var buf = this.buf;
        for (var j = 0; j < count; ++j, pos += 8) array[i++] = util.float.readDoubleLE(buf, pos);
    }
    this.pos = pos;
    if (pos !== end) throw indexOutOfRange(this, 8);
    return array;
};

/**
 * Reads a packed repeated field of unsigned 64 bit varints.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.uint64s = function read_uint64s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (this.pos < end)
        array.push(this.uint64());
    if (this.pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of signed 64 bit varints.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.int64s = function read_int64s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (this.pos < end)
        array.push(this.int64());
    if (this.pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of zig-zag encoded signed 64 bit varints.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.sint64s = function read_sint64s(array) {
    if (array === undefined) array = [];
    var end = this.size() + this.pos, len = this.len;
    if (end > len) throw indexOutOfRange(this, end - this.pos);
    this.len = end;
    while (this.pos < end)
        array.push(this.sint64());
    if (this.pos !== end) throw RangeError("index out of range");
    this.len = len;
    return array;
};

/**
 * Reads a packed repeated field of unsigned 64 bit fixed values.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.fixed64s = function read_fixed64s(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len, i = array.length;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 3;
    array.length = i + count; // 8 bytes per value, count is known
    for (var j = 0; j < count; ++j)
        array[i++] = this.fixed64();
    if (this.pos !== end) throw indexOutOfRange(this, 8);
    return array;
};

/**
 * Reads a packed repeated field of signed 64 bit fixed values.
 * @param {Array.<Long|number>} [array] Array to read into; a new one is created if omitted
 * @returns {Array.<Long|number>} Array read into
 */
Reader.prototype.sfixed64s = function read_sfixed64s(array) {
    if (array === undefined) array = [];
    var len = this.size(), end = this.pos + len, i = array.length;
    /* istanbul ignore if */
    if (end > this.len) throw indexOutOfRange(this, len);
    var count = len >>> 3;
    array.length = i + count; // 8 bytes per value, count is known
    for (var j = 0; j < count; ++j)
        array[i++] = this.sfixed64();
    if (this.pos !== end) throw indexOutOfRange(this, 8);
    return array;
};

/**
 * Reads a sequence of bytes preceeded by its length as a varint.
 * @returns {Uint8Array} Value read
 */
Reader.prototype.bytes = function read_bytes() {
    var length = this.size(),
        start  = this.pos,
        end    = this.pos + length;

    /* istanbul ignore if */
    if (end > this.len)
        throw indexOutOfRange(this, length);

    this.pos = end;
    return this.raw(start, end);
};

/**
 * Reads a string preceeded by its byte length as a varint.
 * @returns {string} Value read
 */
Reader.prototype.string = function read_string() {
    var length = this.size(),
        start  = this.pos,
        end    = this.pos + length;

    /* istanbul ignore if */
    if (end > this.len)
        throw indexOutOfRange(this, length);

    this.pos = end;
    return utf8.read(this.buf, start, end);
};

/**
 * Reads a string preceeded by its byte length as a varint, rejecting invalid UTF8.
 * @returns {string} Value read
 */
Reader.prototype.stringVerify = function read_string_verify() {
    var length = this.size(),
        start  = this.pos,
        end    = this.pos + length;

    /* istanbul ignore if */
    if (end > this.len)
        throw indexOutOfRange(this, length);

    this.pos = end;
    return utf8.readStrict(this.buf, start, end);
};

/**
 * Skips the specified number of bytes if specified, otherwise skips a varint.
 * @param {number} [length] Length if known, otherwise a varint is assumed
 * @returns {Reader} `this`
 */
Reader.prototype.skip = function skip(length) {
    if (typeof length === "number") {
        /* istanbul ignore if */
        if (this.pos + length > this.len)
            throw indexOutOfRange(this, length);
        this.pos += length;
    } else {
        do {
            /* istanbul ignore if */
            if (this.pos >= this.len)
                throw indexOutOfRange(this);
        } while (this.buf[this.pos++] & 128);
    }
    return this;
};

/**
 * Recursion limit.
 * @type {number}
 */
Reader.recursionLimit = util.recursionLimit;

/**
 * Whether readers discard unknown fields while decoding.
 * @type {boolean}
 */
Reader.discardUnknown = true;

/**
 * Skips the next element of the specified wire type.
 * @param {number} wireType Wire type received
 * @param {number} [depth] Depth of recursion to control nested calls; 0 if omitted
 * @param {number} [fieldNumber] Field number for validating group end tags
 * @returns {Reader} `this`
 */
Reader.prototype.skipType = function(wireType, depth, fieldNumber) {
    if (depth === undefined) depth = 0;
    if (depth > Reader.recursionLimit)
        throw Error("max depth exceeded");
    if (fieldNumber === 0)
        throw Error("illegal tag: field number 0");
    switch (wireType) {
        case 0:
            this.skip();
            break;
        case 1:
            this.skip(8);
            break;
        case 2:
            this.skip(this.size());
            break;
        case 3:
            while (true) {
                var tag = this.tag();
                var nestedField = tag >>> 3;
                wireType = tag & 7;
                if (!nestedField)
                    throw Error("illegal tag: field number 0");
                if (wireType === 4) {
                    if (fieldNumber !== undefined && nestedField !== fieldNumber)
                        throw Error("invalid end group tag");
                    break;
                }
                this.skipType(wireType, depth + 1, nestedField);
            }
            break;
        case 5:
            this.skip(4);
            break;

        /* istanbul ignore next */
        default:
            throw Error("invalid wire type " + wireType + " at offset " + this.pos);
    }
    return this;
};

Reader._configure = function(BufferReader_) {
    BufferReader = BufferReader_;
    Reader.create = create();
    BufferReader._configure();

    var fn = util.Long ? "toLong" : /* istanbul ignore next */ "toNumber";
    util.merge(Reader.prototype, {

        int64: function read_int64() {
            return readLongVarint.call(this)[fn](false);
        },

        uint64: function read_uint64() {
            return readLongVarint.call(this)[fn](true);
        },

        sint64: function read_sint64() {
            return readLongVarint.call(this).zzDecode()[fn](false);
        },

        fixed64: function read_fixed64() {
            return readFixed64.call(this)[fn](true);
        },

        sfixed64: function read_sfixed64() {
            return readFixed64.call(this)[fn](false);
        }

    });
};


/***/ }),

/***/ 102:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = BufferReader;

// extends Reader
var Reader = __nccwpck_require__(789);
BufferReader.prototype = Object.create(Reader.prototype, {
    constructor: {
        value: BufferReader,
        writable: true,
        enumerable: false,
        configurable: true
    }
});

var util = __nccwpck_require__(186);

/**
 * Constructs a new buffer reader instance.
 * @classdesc Wire format reader using node buffers.
 * @extends Reader
 * @constructor
 * @param {Buffer} buffer Buffer to read from
 */
function BufferReader(buffer) {
    Reader.call(this, buffer);

    /**
     * Read buffer.
     * @name BufferReader#buf
     * @type {Buffer}
    */
}

BufferReader._configure = function () {
    /* istanbul ignore else */
    if (util.Buffer)
        BufferReader.prototype._slice = util.Buffer.prototype.slice;
};

/**
 * Returns raw bytes from the backing buffer without advancing the reader.
 * @name BufferReader#raw
 * @function
 * @param {number} start Start offset
 * @param {number} end End offset
 * @returns {Buffer} Raw bytes
 */
BufferReader.prototype.raw = function read_raw_buffer(start, end) {
    return this._slice.call(this.buf, start, end);
};

/**
 * @override
 */
BufferReader.prototype.string = function read_string_buffer() {
    var len = this.size(), // modifies pos
        start = this.pos,
        end = this.pos + len;

    /* istanbul ignore if */
    if (end > this.len)
        throw RangeError("index out of range: " + this.pos + " + " + len + " > " + this.len);

    this.pos = end;
    return this.buf.utf8Slice
        ? this.buf.utf8Slice(start, end)
        : this.buf.toString("utf-8", start, end);
};

/**
 * Reads a sequence of bytes preceeded by its length as a varint.
 * @name BufferReader#bytes
 * @function
 * @returns {Buffer} Value read
 */

BufferReader._configure();


/***/ }),

/***/ 937:
/***/ ((module) => {


module.exports = Object.create(null);

/**
 * Named roots.
 * This is where pbjs stores generated structures (the option `-r, --root` specifies a name).
 * Can also be used manually to make roots available across modules.
 * @name roots
 * @type {Object.<string,Root>}
 * @example
 * // pbjs -r myroot -o compiled.js ...
 *
 * // in another module:
 * require("./compiled.js");
 *
 * // in any subsequent module:
 * var root = protobuf.roots["myroot"];
 */


/***/ }),

/***/ 575:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



/**
 * Streaming RPC helpers.
 * @namespace
 */
var rpc = exports;

/**
 * RPC implementation passed to {@link Service#create} performing a service request on network level, i.e. by utilizing http requests or websockets.
 * @typedef RPCImpl
 * @type {function}
 * @param {Method|rpc.ServiceMethod<Message<{}>,Message<{}>>} method Reflected or static method being called
 * @param {Uint8Array} requestData Request data
 * @param {RPCImplCallback} callback Callback function
 * @returns {undefined}
 * @example
 * function rpcImpl(method, requestData, callback) {
 *     if (protobuf.util.lcFirst(method.name) !== "myMethod") // compatible with static code
 *         throw Error("no such method");
 *     asynchronouslyObtainAResponse(requestData, function(err, responseData) {
 *         callback(err, responseData);
 *     });
 * }
 */

/**
 * Node-style callback as used by {@link RPCImpl}.
 * @typedef RPCImplCallback
 * @type {function}
 * @param {Error|null} error Error, if any, otherwise `null`
 * @param {Uint8Array|null} [response] Response data or `null` to signal end of stream, if there hasn't been an error
 * @returns {undefined}
 */

rpc.Service = __nccwpck_require__(603);


/***/ }),

/***/ 603:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Service;

var util = __nccwpck_require__(186);

// Extends EventEmitter
Service.prototype = Object.create(util.EventEmitter.prototype, {
    constructor: {
        value: Service,
        writable: true,
        enumerable: false,
        configurable: true
    }
});

/**
 * A service method callback as used by {@link rpc.ServiceMethod|ServiceMethod}.
 *
 * Differs from {@link RPCImplCallback} in that it is an actual callback of a service method which may not return `response = null`.
 * @typedef rpc.ServiceMethodCallback
 * @template TRes extends Message<TRes>
 * @type {function}
 * @param {Error|null} error Error, if any
 * @param {TRes} [response] Response message
 * @returns {undefined}
 */

/**
 * A service method part of a {@link rpc.Service} as created by {@link Service.create}.
 * @typedef rpc.ServiceMethod
 * @template TReq extends Message<TReq>
 * @template TRes extends Message<TRes>
 * @type {{
 *   (request: TReq|Properties<TReq>, callback: rpc.ServiceMethodCallback<TRes>): void;
 *   (request: TReq|Properties<TReq>): Promise<TRes>;
 *   readonly name: string;
 *   readonly path: string;
 *   readonly requestType: string;
 *   readonly responseType: string;
 *   readonly requestStream: true|undefined;
 *   readonly responseStream: true|undefined;
 * }}
 */

/**
 * Constructs a new RPC service instance.
 * @classdesc An RPC service as returned by {@link Service#create}.
 * @exports rpc.Service
 * @extends util.EventEmitter
 * @constructor
 * @param {RPCImpl} rpcImpl RPC implementation
 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
 */
function Service(rpcImpl, requestDelimited, responseDelimited) {

    if (typeof rpcImpl !== "function")
        throw TypeError("rpcImpl must be a function");

    util.EventEmitter.call(this);

    /**
     * RPC implementation. Becomes `null` once the service is ended.
     * @type {RPCImpl|null}
     */
    this.rpcImpl = rpcImpl;

    /**
     * Whether requests are length-delimited.
     * @type {boolean}
     */
    this.requestDelimited = Boolean(requestDelimited);

    /**
     * Whether responses are length-delimited.
     * @type {boolean}
     */
    this.responseDelimited = Boolean(responseDelimited);
}

/**
 * Calls a service method through {@link rpc.Service#rpcImpl|rpcImpl}.
 * @param {Method|rpc.ServiceMethod<TReq,TRes>} method Reflected or static method
 * @param {Constructor<TReq>} requestCtor Request constructor
 * @param {Constructor<TRes>} responseCtor Response constructor
 * @param {TReq|Properties<TReq>} request Request message or plain object
 * @param {rpc.ServiceMethodCallback<TRes>} callback Service callback
 * @returns {undefined}
 * @template TReq extends Message<TReq>
 * @template TRes extends Message<TRes>
 */
Service.prototype.rpcCall = function rpcCall(method, requestCtor, responseCtor, request, callback) {

    if (!request)
        throw TypeError("request must be specified");

    var self = this;
    if (!callback)
        return util.asPromise(rpcCall, self, method, requestCtor, responseCtor, request);

    if (!self.rpcImpl) {
        setTimeout(function() { callback(Error("already ended")); }, 0);
        return undefined;
    }

    try {
        return self.rpcImpl(
            method,
            requestCtor[self.requestDelimited ? "encodeDelimited" : "encode"](request).finish(),
            function rpcCallback(err, response) {

                if (err) {
                    self.emit("error", err, method);
                    return callback(err);
                }

                if (response === null) {
                    self.end(/* endedByRPC */ true);
                    return undefined;
                }

                if (!(response instanceof responseCtor)) {
                    try {
                        response = responseCtor[self.responseDelimited ? "decodeDelimited" : "decode"](response);
                    } catch (err) {
                        self.emit("error", err, method);
                        return callback(err);
                    }
                }

                self.emit("data", response, method);
                return callback(null, response);
            }
        );
    } catch (err) {
        self.emit("error", err, method);
        setTimeout(function() { callback(err); }, 0);
        return undefined;
    }
};

/**
 * Ends this service and emits the `end` event.
 * @param {boolean} [endedByRPC=false] Whether the service has been ended by the RPC implementation.
 * @returns {rpc.Service} `this`
 */
Service.prototype.end = function end(endedByRPC) {
    if (this.rpcImpl) {
        if (!endedByRPC) // signal end to rpcImpl
            this.rpcImpl(null, null, null);
        this.rpcImpl = null;
        this.emit("end").off();
    }
    return this;
};


/***/ }),

/***/ 200:
/***/ ((module) => {


module.exports = asPromise;

/**
 * Callback as used by {@link util.asPromise}.
 * @typedef asPromiseCallback
 * @type {function}
 * @param {Error|null} error Error, if any
 * @param {...*} params Additional arguments
 * @returns {undefined}
 */

/**
 * Returns a promise from a node-style callback function.
 * @memberof util
 * @param {asPromiseCallback} fn Function to call
 * @param {*} ctx Function context
 * @param {...*} params Function arguments
 * @returns {Promise<*>} Promisified function
 */
function asPromise(fn, ctx/*, varargs */) {
    var params  = new Array(arguments.length - 1),
        offset  = 0,
        index   = 2,
        pending = true;
    while (index < arguments.length)
        params[offset++] = arguments[index++];
    return new Promise(function executor(resolve, reject) {
        params[offset] = function callback(err/*, varargs */) {
            if (pending) {
                pending = false;
                if (err)
                    reject(err);
                else {
                    var params = new Array(arguments.length - 1),
                        offset = 0;
                    while (offset < params.length)
                        params[offset++] = arguments[offset];
                    resolve.apply(null, params);
                }
            }
        };
        try {
            fn.apply(ctx || null, params);
        } catch (err) {
            if (pending) {
                pending = false;
                reject(err);
            }
        }
    });
}


/***/ }),

/***/ 866:
/***/ ((__unused_webpack_module, exports) => {



/**
 * A minimal base64 implementation for number arrays.
 * @memberof util
 * @namespace
 */
var base64 = exports;

/**
 * Calculates the byte length of a base64 encoded string.
 * @param {string} string Base64 encoded string
 * @returns {number} Byte length
 */
base64.length = function length(string) {
    var p = string.length;
    if (!p)
        return 0;
    while (p > 0 && string.charAt(p - 1) === "=")
        --p;
    return Math.floor(p * 3 / 4);
};

// Base64 encoding table
var b64 = new Array(64);

// Base64 decoding table
var s64 = new Array(123);

// 65..90, 97..122, 48..57, 43, 47
for (var i = 0; i < 64;)
    s64[b64[i] = i < 26 ? i + 65 : i < 52 ? i + 71 : i < 62 ? i - 4 : i - 59 | 43] = i++;

s64[45] = 62; // - -> +
s64[95] = 63; // _ -> /

/**
 * Encodes a buffer to a base64 encoded string.
 * @param {Uint8Array} buffer Source buffer
 * @param {number} start Source start
 * @param {number} end Source end
 * @returns {string} Base64 encoded string
 */
base64.encode = function encode(buffer, start, end) {
    var parts = null,
        chunk = [];
    var i = 0, // output index
        j = 0, // goto index
        t;     // temporary
    while (start < end) {
        var b = buffer[start++];
        switch (j) {
            case 0:
                chunk[i++] = b64[b >> 2];
                t = (b & 3) << 4;
                j = 1;
                break;
            case 1:
                chunk[i++] = b64[t | b >> 4];
                t = (b & 15) << 2;
                j = 2;
                break;
            case 2:
                chunk[i++] = b64[t | b >> 6];
                chunk[i++] = b64[b & 63];
                j = 0;
                break;
        }
        if (i > 8191) {
            (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk));
            i = 0;
        }
    }
    if (j) {
        chunk[i++] = b64[t];
        chunk[i++] = 61;
        if (j === 1)
            chunk[i++] = 61;
    }
    if (parts) {
        if (i)
            parts.push(String.fromCharCode.apply(String, chunk.slice(0, i)));
        return parts.join("");
    }
    return String.fromCharCode.apply(String, chunk.slice(0, i));
};

var invalidEncoding = "invalid encoding";

/**
 * Decodes a base64 encoded string to a buffer.
 * @param {string} string Source string
 * @param {Uint8Array} buffer Destination buffer
 * @param {number} offset Destination offset
 * @returns {number} Number of bytes written
 * @throws {Error} If encoding is invalid
 */
base64.decode = function decode(string, buffer, offset) {
    var start = offset;
    var j = 0, // goto index
        t;     // temporary
    for (var i = 0; i < string.length;) {
        var c = string.charCodeAt(i++);
        if (c === 61 && j > 1)
            break;
        if ((c = s64[c]) === undefined)
            throw Error(invalidEncoding);
        switch (j) {
            case 0:
                t = c;
                j = 1;
                break;
            case 1:
                buffer[offset++] = t << 2 | (c & 48) >> 4;
                t = c;
                j = 2;
                break;
            case 2:
                buffer[offset++] = (t & 15) << 4 | (c & 60) >> 2;
                t = c;
                j = 3;
                break;
            case 3:
                buffer[offset++] = (t & 3) << 6 | c;
                j = 0;
                break;
        }
    }
    if (j === 1)
        throw Error(invalidEncoding);
    return offset - start;
};

var base64Re = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/,
    base64UrlRe = /[-_]/,
    base64UrlNoPaddingRe = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2}(?:==)?|[A-Za-z0-9_-]{3}=?)?$/;

/**
 * Tests if the specified string appears to be base64 encoded.
 * @param {string} string String to test
 * @returns {boolean} `true` if probably base64 encoded, otherwise false
 */
base64.test = function test(string) {
    return base64Re.test(string)
        || base64UrlRe.test(string) && base64UrlNoPaddingRe.test(string);
};


/***/ }),

/***/ 79:
/***/ ((module) => {


module.exports = EventEmitter;

/**
 * Constructs a new event emitter instance.
 * @classdesc A minimal event emitter.
 * @memberof util
 * @constructor
 */
function EventEmitter() {

    /**
     * Registered listeners.
     * @type {Object.<string,*>}
     * @private
     */
    this._listeners = Object.create(null);
}

/**
 * Event listener as used by {@link util.EventEmitter}.
 * @typedef EventEmitterListener
 * @type {function}
 * @param {...*} args Arguments
 * @returns {undefined}
 */

/**
 * Registers an event listener.
 * @param {string} evt Event name
 * @param {EventEmitterListener} fn Listener
 * @param {*} [ctx] Listener context
 * @returns {this} `this`
 */
EventEmitter.prototype.on = function on(evt, fn, ctx) {
    (this._listeners[evt] || (this._listeners[evt] = [])).push({
        fn  : fn,
        ctx : ctx || this
    });
    return this;
};

/**
 * Removes an event listener or any matching listeners if arguments are omitted.
 * @param {string} [evt] Event name. Removes all listeners if omitted.
 * @param {EventEmitterListener} [fn] Listener to remove. Removes all listeners of `evt` if omitted.
 * @returns {this} `this`
 */
EventEmitter.prototype.off = function off(evt, fn) {
    if (evt === undefined)
        this._listeners = Object.create(null);
    else {
        if (fn === undefined)
            this._listeners[evt] = [];
        else {
            var listeners = this._listeners[evt];
            if (!listeners)
                return this;
            for (var i = 0; i < listeners.length;)
                if (listeners[i].fn === fn)
                    listeners.splice(i, 1);
                else
                    ++i;
        }
    }
    return this;
};

/**
 * Emits an event by calling its listeners with the specified arguments.
 * @param {string} evt Event name
 * @param {...*} args Arguments
 * @returns {this} `this`
 */
EventEmitter.prototype.emit = function emit(evt) {
    var listeners = this._listeners[evt];
    if (listeners) {
        var args = [],
            i = 1;
        for (; i < arguments.length;)
            args.push(arguments[i++]);
        for (i = 0; i < listeners.length;)
            listeners[i].fn.apply(listeners[i++].ctx, args);
    }
    return this;
};


/***/ }),

/***/ 67:
/***/ ((module) => {



module.exports = factory(factory);

/**
 * Reads / writes floats / doubles from / to buffers.
 * @name util.float
 * @namespace
 */

/**
 * Writes a 32 bit float to a buffer using little endian byte order.
 * @name util.float.writeFloatLE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Writes a 32 bit float to a buffer using big endian byte order.
 * @name util.float.writeFloatBE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Reads a 32 bit float from a buffer using little endian byte order.
 * @name util.float.readFloatLE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

/**
 * Reads a 32 bit float from a buffer using big endian byte order.
 * @name util.float.readFloatBE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

/**
 * Writes a 64 bit double to a buffer using little endian byte order.
 * @name util.float.writeDoubleLE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Writes a 64 bit double to a buffer using big endian byte order.
 * @name util.float.writeDoubleBE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Reads a 64 bit double from a buffer using little endian byte order.
 * @name util.float.readDoubleLE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

/**
 * Reads a 64 bit double from a buffer using big endian byte order.
 * @name util.float.readDoubleBE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

// Factory function for the purpose of node-based testing in modified global environments
function factory(exports) {

    // float: typed array
    if (typeof Float32Array !== "undefined") (function() {

        var f32 = new Float32Array([ -0 ]),
            f8b = new Uint8Array(f32.buffer),
            le  = f8b[3] === 128;

        function writeFloat_f32_cpy(val, buf, pos) {
            f32[0] = val;
            buf[pos    ] = f8b[0];
            buf[pos + 1] = f8b[1];
            buf[pos + 2] = f8b[2];
            buf[pos + 3] = f8b[3];
        }

        function writeFloat_f32_rev(val, buf, pos) {
            f32[0] = val;
            buf[pos    ] = f8b[3];
            buf[pos + 1] = f8b[2];
            buf[pos + 2] = f8b[1];
            buf[pos + 3] = f8b[0];
        }

        /* istanbul ignore next */
        exports.writeFloatLE = le ? writeFloat_f32_cpy : writeFloat_f32_rev;
        /* istanbul ignore next */
        exports.writeFloatBE = le ? writeFloat_f32_rev : writeFloat_f32_cpy;

        function readFloat_f32_cpy(buf, pos) {
            f8b[0] = buf[pos    ];
            f8b[1] = buf[pos + 1];
            f8b[2] = buf[pos + 2];
            f8b[3] = buf[pos + 3];
            return f32[0];
        }

        function readFloat_f32_rev(buf, pos) {
            f8b[3] = buf[pos    ];
            f8b[2] = buf[pos + 1];
            f8b[1] = buf[pos + 2];
            f8b[0] = buf[pos + 3];
            return f32[0];
        }

        /* istanbul ignore next */
        exports.readFloatLE = le ? readFloat_f32_cpy : readFloat_f32_rev;
        /* istanbul ignore next */
        exports.readFloatBE = le ? readFloat_f32_rev : readFloat_f32_cpy;

    // float: ieee754
    })(); else (function() {

        function writeFloat_ieee754(writeUint, val, buf, pos) {
            var sign = val < 0 ? 1 : 0;
            if (sign)
                val = -val;
            if (val === 0)
                writeUint(1 / val > 0 ? /* positive */ 0 : /* negative 0 */ 2147483648, buf, pos);
            else if (isNaN(val))
                writeUint(2143289344, buf, pos);
            else if (val > 3.4028234663852886e+38) // +-Infinity
                writeUint((sign << 31 | 2139095040) >>> 0, buf, pos);
            else if (val < 1.1754943508222875e-38) // denormal
                writeUint((sign << 31 | Math.round(val / 1.401298464324817e-45)) >>> 0, buf, pos);
            else {
                var exponent = Math.floor(Math.log(val) / Math.LN2),
                    mantissa = Math.round(val * Math.pow(2, -exponent) * 8388608) & 8388607;
                writeUint((sign << 31 | exponent + 127 << 23 | mantissa) >>> 0, buf, pos);
            }
        }

        exports.writeFloatLE = writeFloat_ieee754.bind(null, writeUintLE);
        exports.writeFloatBE = writeFloat_ieee754.bind(null, writeUintBE);

        function readFloat_ieee754(readUint, buf, pos) {
            var uint = readUint(buf, pos),
                sign = (uint >> 31) * 2 + 1,
                exponent = uint >>> 23 & 255,
                mantissa = uint & 8388607;
            return exponent === 255
                ? mantissa
                ? NaN
                : sign * Infinity
                : exponent === 0 // denormal
                ? sign * 1.401298464324817e-45 * mantissa
                : sign * Math.pow(2, exponent - 150) * (mantissa + 8388608);
        }

        exports.readFloatLE = readFloat_ieee754.bind(null, readUintLE);
        exports.readFloatBE = readFloat_ieee754.bind(null, readUintBE);

    })();

    // double: typed array
    if (typeof Float64Array !== "undefined") (function() {

        var f64 = new Float64Array([-0]),
            f8b = new Uint8Array(f64.buffer),
            le  = f8b[7] === 128;

        function writeDouble_f64_cpy(val, buf, pos) {
            f64[0] = val;
            buf[pos    ] = f8b[0];
            buf[pos + 1] = f8b[1];
            buf[pos + 2] = f8b[2];
            buf[pos + 3] = f8b[3];
            buf[pos + 4] = f8b[4];
            buf[pos + 5] = f8b[5];
            buf[pos + 6] = f8b[6];
            buf[pos + 7] = f8b[7];
        }

        function writeDouble_f64_rev(val, buf, pos) {
            f64[0] = val;
            buf[pos    ] = f8b[7];
            buf[pos + 1] = f8b[6];
            buf[pos + 2] = f8b[5];
            buf[pos + 3] = f8b[4];
            buf[pos + 4] = f8b[3];
            buf[pos + 5] = f8b[2];
            buf[pos + 6] = f8b[1];
            buf[pos + 7] = f8b[0];
        }

        /* istanbul ignore next */
        exports.writeDoubleLE = le ? writeDouble_f64_cpy : writeDouble_f64_rev;
        /* istanbul ignore next */
        exports.writeDoubleBE = le ? writeDouble_f64_rev : writeDouble_f64_cpy;

        function readDouble_f64_cpy(buf, pos) {
            f8b[0] = buf[pos    ];
            f8b[1] = buf[pos + 1];
            f8b[2] = buf[pos + 2];
            f8b[3] = buf[pos + 3];
            f8b[4] = buf[pos + 4];
            f8b[5] = buf[pos + 5];
            f8b[6] = buf[pos + 6];
            f8b[7] = buf[pos + 7];
            return f64[0];
        }

        function readDouble_f64_rev(buf, pos) {
            f8b[7] = buf[pos    ];
            f8b[6] = buf[pos + 1];
            f8b[5] = buf[pos + 2];
            f8b[4] = buf[pos + 3];
            f8b[3] = buf[pos + 4];
            f8b[2] = buf[pos + 5];
            f8b[1] = buf[pos + 6];
            f8b[0] = buf[pos + 7];
            return f64[0];
        }

        /* istanbul ignore next */
        exports.readDoubleLE = le ? readDouble_f64_cpy : readDouble_f64_rev;
        /* istanbul ignore next */
        exports.readDoubleBE = le ? readDouble_f64_rev : readDouble_f64_cpy;

    // double: ieee754
    })(); else (function() {

        function writeDouble_ieee754(writeUint, off0, off1, val, buf, pos) {
            var sign = val < 0 ? 1 : 0;
            if (sign)
                val = -val;
            if (val === 0) {
                writeUint(0, buf, pos + off0);
                writeUint(1 / val > 0 ? /* positive */ 0 : /* negative 0 */ 2147483648, buf, pos + off1);
            } else if (isNaN(val)) {
                writeUint(0, buf, pos + off0);
                writeUint(2146959360, buf, pos + off1);
            } else if (val > 1.7976931348623157e+308) { // +-Infinity
                writeUint(0, buf, pos + off0);
                writeUint((sign << 31 | 2146435072) >>> 0, buf, pos + off1);
            } else {
                var mantissa;
                if (val < 2.2250738585072014e-308) { // denormal
                    mantissa = val / 5e-324;
                    writeUint(mantissa >>> 0, buf, pos + off0);
                    writeUint((sign << 31 | mantissa / 4294967296) >>> 0, buf, pos + off1);
                } else {
                    var exponent = Math.floor(Math.log(val) / Math.LN2);
                    if (exponent === 1024)
                        exponent = 1023;
                    mantissa = val * Math.pow(2, -exponent);
                    writeUint(mantissa * 4503599627370496 >>> 0, buf, pos + off0);
                    writeUint((sign << 31 | exponent + 1023 << 20 | mantissa * 1048576 & 1048575) >>> 0, buf, pos + off1);
                }
            }
        }

        exports.writeDoubleLE = writeDouble_ieee754.bind(null, writeUintLE, 0, 4);
        exports.writeDoubleBE = writeDouble_ieee754.bind(null, writeUintBE, 4, 0);

        function readDouble_ieee754(readUint, off0, off1, buf, pos) {
            var lo = readUint(buf, pos + off0),
                hi = readUint(buf, pos + off1);
            var sign = (hi >> 31) * 2 + 1,
                exponent = hi >>> 20 & 2047,
                mantissa = 4294967296 * (hi & 1048575) + lo;
            return exponent === 2047
                ? mantissa
                ? NaN
                : sign * Infinity
                : exponent === 0 // denormal
                ? sign * 5e-324 * mantissa
                : sign * Math.pow(2, exponent - 1075) * (mantissa + 4503599627370496);
        }

        exports.readDoubleLE = readDouble_ieee754.bind(null, readUintLE, 0, 4);
        exports.readDoubleBE = readDouble_ieee754.bind(null, readUintBE, 4, 0);

    })();

    return exports;
}

// uint helpers

function writeUintLE(val, buf, pos) {
    buf[pos    ] =  val        & 255;
    buf[pos + 1] =  val >>> 8  & 255;
    buf[pos + 2] =  val >>> 16 & 255;
    buf[pos + 3] =  val >>> 24;
}

function writeUintBE(val, buf, pos) {
    buf[pos    ] =  val >>> 24;
    buf[pos + 1] =  val >>> 16 & 255;
    buf[pos + 2] =  val >>> 8  & 255;
    buf[pos + 3] =  val        & 255;
}

function readUintLE(buf, pos) {
    return (buf[pos    ]
          | buf[pos + 1] << 8
          | buf[pos + 2] << 16
          | buf[pos + 3] << 24) >>> 0;
}

function readUintBE(buf, pos) {
    return (buf[pos    ] << 24
          | buf[pos + 1] << 16
          | buf[pos + 2] << 8
          | buf[pos + 3]) >>> 0;
}


/***/ }),

/***/ 460:
/***/ ((module) => {


module.exports = LongBits;

var Long;

/**
 * Constructs new long bits.
 * @classdesc Helper class for working with the low and high bits of a 64 bit value.
 * @memberof util
 * @constructor
 * @param {number} lo Low 32 bits, unsigned
 * @param {number} hi High 32 bits, unsigned
 */
function LongBits(lo, hi) {

    // note that the casts below are theoretically unnecessary as of today, but older statically
    // generated converter code might still call the ctor with signed 32bits. kept for compat.

    /**
     * Low bits.
     * @type {number}
     */
    this.lo = lo >>> 0;

    /**
     * High bits.
     * @type {number}
     */
    this.hi = hi >>> 0;
}

/**
 * Zero bits.
 * @memberof util.LongBits
 * @type {util.LongBits}
 */
var zero = LongBits.zero = new LongBits(0, 0);

zero.toNumber = function() { return 0; };
zero.zzEncode = zero.zzDecode = function() { return this; };
zero.length = function() { return 1; };

/**
 * Zero hash.
 * @memberof util.LongBits
 * @type {string}
 */
var zeroHash = LongBits.zeroHash = "\0\0\0\0\0\0\0\0";

/**
 * Constructs new long bits from the specified number.
 * @param {number} value Value
 * @returns {util.LongBits} Instance
 */
LongBits.fromNumber = function fromNumber(value) {
    if (value === 0)
        return zero;
    var sign = value < 0;
    if (sign)
        value = -value;
    var lo = value >>> 0,
        hi = (value - lo) / 4294967296 >>> 0;
    if (sign) {
        hi = ~hi >>> 0;
        lo = ~lo >>> 0;
        if (++lo > 4294967295) {
            lo = 0;
            if (++hi > 4294967295)
                hi = 0;
        }
    }
    return new LongBits(lo, hi);
};

/**
 * Constructs new long bits from a number, long or string.
 * @param {Long|number|string} value Value
 * @returns {util.LongBits} Instance
 */
LongBits.from = function from(value) {
    if (typeof value === "number")
        return LongBits.fromNumber(value);
    if (typeof value === "string" || value instanceof String) {
        /* istanbul ignore else */
        if (Long)
            value = Long.fromString(value);
        else
            return LongBits.fromNumber(parseInt(value, 10));
    }
    return value.low || value.high ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
};

/**
 * Converts this long bits to a possibly unsafe JavaScript number.
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {number} Possibly unsafe number
 */
LongBits.prototype.toNumber = function toNumber(unsigned) {
    if (!unsigned && this.hi >>> 31) {
        var lo = ~this.lo + 1 >>> 0,
            hi = ~this.hi     >>> 0;
        if (!lo)
            hi = hi + 1 >>> 0;
        return -(lo + hi * 4294967296);
    }
    return this.lo + this.hi * 4294967296;
};

/**
 * Converts this long bits to a long.
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {Long} Long
 */
LongBits.prototype.toLong = function toLong(unsigned) {
    return Long
        ? new Long(this.lo | 0, this.hi | 0, Boolean(unsigned))
        /* istanbul ignore next */
        : { low: this.lo | 0, high: this.hi | 0, unsigned: Boolean(unsigned) };
};

var charCodeAt = String.prototype.charCodeAt;

/**
 * Constructs new long bits from the specified 8 characters long hash.
 * @param {string} hash Hash
 * @returns {util.LongBits} Bits
 */
LongBits.fromHash = function fromHash(hash) {
    if (hash === zeroHash)
        return zero;
    return new LongBits(
        ( charCodeAt.call(hash, 0)
        | charCodeAt.call(hash, 1) << 8
        | charCodeAt.call(hash, 2) << 16
        | charCodeAt.call(hash, 3) << 24) >>> 0
    ,
        ( charCodeAt.call(hash, 4)
        | charCodeAt.call(hash, 5) << 8
        | charCodeAt.call(hash, 6) << 16
        | charCodeAt.call(hash, 7) << 24) >>> 0
    );
};

/**
 * Converts this long bits to a 8 characters long hash.
 * @returns {string} Hash
 */
LongBits.prototype.toHash = function toHash() {
    return String.fromCharCode(
        this.lo        & 255,
        this.lo >>> 8  & 255,
        this.lo >>> 16 & 255,
        this.lo >>> 24      ,
        this.hi        & 255,
        this.hi >>> 8  & 255,
        this.hi >>> 16 & 255,
        this.hi >>> 24
    );
};

/**
 * Zig-zag encodes this long bits.
 * @returns {util.LongBits} `this`
 */
LongBits.prototype.zzEncode = function zzEncode() {
    var mask =   this.hi >> 31;
    this.hi  = ((this.hi << 1 | this.lo >>> 31) ^ mask) >>> 0;
    this.lo  = ( this.lo << 1                   ^ mask) >>> 0;
    return this;
};

/**
 * Zig-zag decodes this long bits.
 * @returns {util.LongBits} `this`
 */
LongBits.prototype.zzDecode = function zzDecode() {
    var mask = -(this.lo & 1);
    this.lo  = ((this.lo >>> 1 | this.hi << 31) ^ mask) >>> 0;
    this.hi  = ( this.hi >>> 1                  ^ mask) >>> 0;
    return this;
};

/**
 * Calculates the length of this longbits when encoded as a varint.
 * @returns {number} Length
 */
LongBits.prototype.length = function length() {
    var part0 =  this.lo,
        part1 = (this.lo >>> 28 | this.hi << 4) >>> 0,
        part2 =  this.hi >>> 24;
    return part2 === 0
         ? part1 === 0
           ? part0 < 16384
             ? part0 < 128 ? 1 : 2
             : part0 < 2097152 ? 3 : 4
           : part1 < 16384
             ? part1 < 128 ? 5 : 6
             : part1 < 2097152 ? 7 : 8
         : part2 < 128 ? 9 : 10;
};

LongBits._configure = function(Long_) {
    Long = Long_;
};


/***/ }),

/***/ 186:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


/* global globalThis */
var util = exports;

// used to return a Promise where callback is omitted
util.asPromise = __nccwpck_require__(200);

// converts to / from base64 encoded strings
util.base64 = __nccwpck_require__(866);

// base class of rpc.Service
util.EventEmitter = __nccwpck_require__(79);

// float handling accross browsers
util.float = __nccwpck_require__(67);

// converts to / from utf8 encoded strings
util.utf8 = __nccwpck_require__(738);

// provides a node-like buffer pool in the browser
util.pool = __nccwpck_require__(771);

// utility to work with the low and high bits of a 64 bit value
util.LongBits = __nccwpck_require__(460);

/**
 * Tests if the specified key can affect object prototypes.
 * @memberof util
 * @param {string} key Key to test
 * @returns {boolean} `true` if the key is unsafe
 */
function isUnsafeProperty(key) {
    return key === "__proto__" || key === "prototype" || key === "constructor";
}

util.isUnsafeProperty = isUnsafeProperty;

/**
 * Whether running within node or not.
 * @memberof util
 * @type {boolean}
 */
util.isNode = Boolean(typeof global !== "undefined"
                   && global
                   && global.process
                   && global.process.versions
                   && global.process.versions.node);

/**
 * Global object reference.
 * @memberof util
 * @type {Object}
 */
util.global = util.isNode && global
           || typeof window !== "undefined" && window
           || typeof self   !== "undefined" && self
           || typeof globalThis !== "undefined" && globalThis
           || this; // eslint-disable-line no-invalid-this

/**
 * An immuable empty array.
 * @memberof util
 * @type {Array.<*>}
 * @const
 */
util.emptyArray = Object.freeze ? Object.freeze([]) : /* istanbul ignore next */ []; // used on prototypes

/**
 * An immutable empty object.
 * @type {Object}
 * @const
 */
util.emptyObject = Object.freeze ? Object.freeze({}) : /* istanbul ignore next */ {}; // used on prototypes

/**
 * Tests if the specified value is an integer.
 * @function
 * @param {*} value Value to test
 * @returns {boolean} `true` if the value is an integer
 */
util.isInteger = Number.isInteger || /* istanbul ignore next */ function isInteger(value) {
    return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
};

/**
 * Tests if the specified value is a string.
 * @param {*} value Value to test
 * @returns {boolean} `true` if the value is a string
 */
util.isString = function isString(value) {
    return typeof value === "string" || value instanceof String;
};

/**
 * Tests if the specified value is a non-null object.
 * @param {*} value Value to test
 * @returns {boolean} `true` if the value is a non-null object
 */
util.isObject = function isObject(value) {
    return value && typeof value === "object";
};

/**
 * Checks if a property on a message is considered to be present.
 * This is an alias of {@link util.isSet}.
 * @function
 * @param {Object} obj Plain object or message instance
 * @param {string} prop Property name
 * @returns {boolean} `true` if considered to be present, otherwise `false`
 */
util.isset =

/**
 * Checks if a property on a message is considered to be present.
 * @param {Object} obj Plain object or message instance
 * @param {string} prop Property name
 * @returns {boolean} `true` if considered to be present, otherwise `false`
 */
util.isSet = function isSet(obj, prop) {
    var value = obj[prop];
    if (value != null && Object.hasOwnProperty.call(obj, prop)) // eslint-disable-line eqeqeq
        return typeof value !== "object" || (Array.isArray(value) ? value.length : Object.keys(value).length) > 0;
    return false;
};

/**
 * Any compatible Buffer instance.
 * This is a minimal stand-alone definition of a Buffer instance. The actual type is that exported by node's typings.
 * @interface Buffer
 * @extends Uint8Array
 */

/**
 * Node's Buffer class if available.
 * @type {Constructor<Buffer>}
 */
util.Buffer = (function() {
    try {
        var Buffer = util.global.Buffer;
        // refuse to use non-node buffers if not explicitly assigned (perf reasons)
        return Buffer.prototype.utf8Write || util.isNode ? Buffer : /* istanbul ignore next */ null;
    } catch (e) {
        /* istanbul ignore next */
        return null;
    }
})();

/**
 * Creates a new buffer of whatever type supported by the environment.
 * @param {number|number[]} [sizeOrArray=0] Buffer size or number array
 * @returns {Uint8Array|Buffer} Buffer
 */
util.newBuffer = function newBuffer(sizeOrArray) {
    var Buffer = util.Buffer;
    /* istanbul ignore next */
    return typeof sizeOrArray === "number"
        ? Buffer
            ? Buffer.allocUnsafe(sizeOrArray)
            : new Uint8Array(sizeOrArray)
        : Buffer
            ? Buffer.from(sizeOrArray)
            : new Uint8Array(sizeOrArray);
};

/**
 * Prepends a raw field tag to raw field data.
 * @param {number} id Field id
 * @param {number} wireType Wire type
 * @param {Uint8Array} data Raw field data
 * @returns {Uint8Array|Buffer} Raw field bytes
 * @ignore
 */
util.rawField = function rawField(id, wireType, data) {
    var out = [],
        tag = id << 3 | wireType;
    tag >>>= 0;
    while (tag > 127) {
        out.push(tag & 127 | 128);
        tag >>>= 7;
    }
    out.push(tag);
    for (var i = 0; i < data.length; ++i)
        out.push(data[i]);
    return util.newBuffer(out);
};

/**
 * Array implementation used in the browser.
 * @type {Constructor<Uint8Array>}
 * @deprecated Use `Uint8Array` instead.
 */
util.Array = Uint8Array;

/**
 * Any compatible Long instance.
 * This is a minimal stand-alone definition of a Long instance. The actual type is that exported by long.js.
 * @interface Long
 * @property {number} low Low bits
 * @property {number} high High bits
 * @property {boolean} unsigned Whether unsigned or not
 */

/**
 * Long.js's Long class if available.
 * @type {Constructor<Long>}
 */
util.Long = /* istanbul ignore next */ util.global.dcodeIO && /* istanbul ignore next */ util.global.dcodeIO.Long
         || /* istanbul ignore next */ util.global.Long
         || (function() {
                try {
                    var Long = __nccwpck_require__(390);
                    return Long && Long.isLong ? Long : null;
                } catch (e) {
                    /* istanbul ignore next */
                    return null;
                }
            })();

/**
 * Regular expression used to verify 2 bit (`bool`) map keys.
 * @type {RegExp}
 * @const
 */
util.key2Re = /^(?:true|false|0|1)$/;

/**
 * Regular expression used to verify 32 bit (`int32` etc.) map keys.
 * @type {RegExp}
 * @const
 */
util.key32Re = /^-?(?:0|[1-9][0-9]*)$/;

/**
 * Regular expression used to verify 64 bit (`int64` etc.) map keys.
 * @type {RegExp}
 * @const
 */
util.key64Re = /^(?:[\x00-\xff]{8}|-?(?:0|[1-9][0-9]*))$/; // eslint-disable-line no-control-regex

/**
 * Converts a number or long to an 8 characters long hash string.
 * @param {Long|number} value Value to convert
 * @returns {string} Hash
 */
util.longToHash = function longToHash(value) {
    return value
        ? util.LongBits.from(value).toHash()
        : util.LongBits.zeroHash;
};

/**
 * Converts an 8 characters long hash string to a long or number.
 * @param {string} hash Hash
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {Long|number} Original value
 */
util.longFromHash = function longFromHash(hash, unsigned) {
    var bits = util.LongBits.fromHash(hash);
    if (util.Long)
        return util.Long.fromBits(bits.lo, bits.hi, unsigned);
    return bits.toNumber(Boolean(unsigned));
};

/**
 * Converts a 64 bit key to a long or number if it is an 8 characters long hash string.
 * @param {string} key Map key
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {Long|number|string} Original value
 */
util.longFromKey = function longFromKey(key, unsigned) {
    return util.key64Re.test(key) && !util.key32Re.test(key)
        ? util.longFromHash(key, unsigned)
        : key;
};

/**
 * Converts a boolean key to a boolean value.
 * @param {string} key Map key
 * @returns {boolean} Boolean value
 */
util.boolFromKey = function boolFromKey(key) {
    return key === "true" || key === "1";
};

/**
 * Merges the properties of the source object into the destination object.
 * @memberof util
 * @param {Object.<string,*>} dst Destination object
 * @param {...(Object.<string,*>|boolean)} src Source objects, optionally followed by an `ifNotSet` flag
 * @returns {Object.<string,*>} Destination object
 */
function merge(dst) { // used by converters
    var ifNotSet = typeof arguments[arguments.length - 1] === "boolean",
        limit = ifNotSet ? arguments.length - 1 : arguments.length;
    ifNotSet = ifNotSet && arguments[arguments.length - 1];
    for (var a = 1; a < limit; ++a) {
        var src = arguments[a];
        if (!src)
            continue;
        for (var keys = Object.keys(src), i = 0; i < keys.length; ++i)
            if (!isUnsafeProperty(keys[i]) && (!ifNotSet || !Object.prototype.hasOwnProperty.call(dst, keys[i]) || dst[keys[i]] === undefined))
                dst[keys[i]] = src[keys[i]];
    }
    return dst;
}

util.merge = merge;

/**
 * Schema declaration nesting limit.
 * @memberof util
 * @type {number}
 */
util.nestingLimit = 32; // protoc: MaxMessageDeclarationNestingDepth

/**
 * Recursion limit.
 * @memberof util
 * @type {number}
 */
util.recursionLimit = 100; // protoc: CodedInputStream::default_recursion_limit_

/**
 * Makes a property safe for assignment as an own property.
 * @memberof util
 * @param {Object.<string,*>} obj Object
 * @param {string} key Property key
 * @param {boolean} [enumerable=true] Whether the property should be enumerable
 * @returns {undefined}
 */
util.makeProp = function makeProp(obj, key, enumerable) {
    if (Object.prototype.hasOwnProperty.call(obj, key))
        return;
    Object.defineProperty(obj, key, {
        enumerable: enumerable === undefined ? true : enumerable,
        configurable: true,
        writable: true
    });
};

/**
 * Converts the first character of a string to lower case.
 * @param {string} str String to convert
 * @returns {string} Converted string
 */
util.lcFirst = function lcFirst(str) {
    return str.charAt(0).toLowerCase() + str.substring(1);
};

/**
 * Creates a custom error constructor.
 * @memberof util
 * @param {string} name Error name
 * @returns {Constructor<Error>} Custom error constructor
 */
function newError(name) {

    function CustomError(message, properties) {

        if (!(this instanceof CustomError))
            return new CustomError(message, properties);

        // Error.call(this, message);
        // ^ just returns a new error instance because the ctor can be called as a function

        Object.defineProperty(this, "message", { get: function() { return message; } });

        /* istanbul ignore next */
        if (Error.captureStackTrace) // node
            Error.captureStackTrace(this, CustomError);
        else
            Object.defineProperty(this, "stack", { value: new Error().stack || "" });

        if (properties)
            merge(this, properties);
    }

    CustomError.prototype = Object.create(Error.prototype, {
        constructor: {
            value: CustomError,
            writable: true,
            enumerable: false,
            configurable: true,
        },
        name: {
            get: function get() { return name; },
            set: undefined,
            enumerable: false,
            // configurable: false would accurately preserve the behavior of
            // the original, but I'm guessing that was not intentional.
            // For an actual error subclass, this property would
            // be configurable.
            configurable: true,
        },
        toString: {
            value: function value() { return this.name + ": " + this.message; },
            writable: true,
            enumerable: false,
            configurable: true,
        },
    });

    return CustomError;
}

util.newError = newError;

/**
 * Constructs a new protocol error.
 * @classdesc Error subclass indicating a protocol specifc error.
 * @memberof util
 * @extends Error
 * @template T extends Message<T>
 * @constructor
 * @param {string} message Error message
 * @param {Object.<string,*>} [properties] Additional properties
 * @example
 * try {
 *     MyMessage.decode(someBuffer); // throws if required fields are missing
 * } catch (e) {
 *     if (e instanceof ProtocolError && e.instance)
 *         console.log("decoded so far: " + JSON.stringify(e.instance));
 * }
 */
util.ProtocolError = newError("ProtocolError");

/**
 * So far decoded message instance.
 * @name util.ProtocolError#instance
 * @type {Message<T>}
 */

/**
 * A OneOf getter as returned by {@link util.oneOfGetter}.
 * @typedef OneOfGetter
 * @type {function}
 * @returns {string|undefined} Set field name, if any
 */

/**
 * Builds a getter for a oneof's present field name.
 * @param {string[]} fieldNames Field names
 * @returns {OneOfGetter} Unbound getter
 */
util.oneOfGetter = function getOneOf(fieldNames) {
    var fieldMap = {};
    for (var i = 0; i < fieldNames.length; ++i)
        fieldMap[fieldNames[i]] = 1;

    /**
     * @returns {string|undefined} Set field name, if any
     * @this Object
     * @ignore
     */
    return function() { // eslint-disable-line consistent-return
        for (var keys = Object.keys(this), i = keys.length - 1; i > -1; --i)
            if (fieldMap[keys[i]] === 1 && this[keys[i]] !== undefined && this[keys[i]] !== null)
                return keys[i];
    };
};

/**
 * A OneOf setter as returned by {@link util.oneOfSetter}.
 * @typedef OneOfSetter
 * @type {function}
 * @param {string|undefined} value Field name
 * @returns {undefined}
 */

/**
 * Builds a setter for a oneof's present field name.
 * @param {string[]} fieldNames Field names
 * @returns {OneOfSetter} Unbound setter
 */
util.oneOfSetter = function setOneOf(fieldNames) {

    /**
     * @param {string} name Field name
     * @returns {undefined}
     * @this Object
     * @ignore
     */
    return function(name) {
        for (var i = 0; i < fieldNames.length; ++i)
            if (fieldNames[i] !== name)
                delete this[fieldNames[i]];
    };
};

/**
 * Default conversion options used for {@link Message#toJSON} implementations.
 *
 * These options are close to proto3's JSON mapping with the exception that internal types like Any are handled just like messages. More precisely:
 *
 * - Longs become strings
 * - Enums become string keys
 * - Bytes become base64 encoded strings
 * - (Sub-)Messages become plain objects
 * - Maps become plain objects with all string keys
 * - Repeated fields become arrays
 * - NaN and Infinity for float and double fields become strings
 *
 * @type {IConversionOptions}
 * @see https://developers.google.com/protocol-buffers/docs/proto3?hl=en#json
 */
util.toJSONOptions = {
    longs: String,
    enums: String,
    bytes: String,
    json: true
};


/***/ }),

/***/ 771:
/***/ ((module) => {


module.exports = pool;

/**
 * An allocator as used by {@link util.pool}.
 * @typedef PoolAllocator
 * @type {function}
 * @param {number} size Buffer size
 * @returns {Uint8Array} Buffer
 */

/**
 * A slicer as used by {@link util.pool}.
 * @typedef PoolSlicer
 * @type {function}
 * @param {number} start Start offset
 * @param {number} end End offset
 * @returns {Uint8Array} Buffer slice
 * @this Uint8Array
 */

/**
 * A general purpose buffer pool.
 * @memberof util
 * @function
 * @param {PoolAllocator} alloc Allocator
 * @param {PoolSlicer} slice Slicer
 * @param {number} [size=8192] Slab size
 * @returns {PoolAllocator} Pooled allocator
 */
function pool(alloc, slice, size) {
    var SIZE   = size || 8192;
    var MAX    = SIZE >>> 1;
    var slab   = null;
    var offset = SIZE;
    return function pool_alloc(size) {
        if (size < 1 || size > MAX)
            return alloc(size);
        if (offset + size > SIZE) {
            slab = alloc(SIZE);
            offset = 0;
        }
        var buf = slice.call(slab, offset, offset += size);
        if (offset & 7) // align to 32 bit
            offset = (offset | 7) + 1;
        return buf;
    };
}


/***/ }),

/***/ 738:
/***/ ((__unused_webpack_module, exports) => {



/**
 * A minimal UTF8 implementation.
 * @memberof util
 * @namespace
 */
var utf8 = exports,
    looseDecoder = new TextDecoder("utf-8", { ignoreBOM: true }),
    strictDecoder;
var TEXT_DECODER_MIN_LENGTH = 64;

try {
    strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
} catch (err) {
    // "fatal" option is not supported on Node.js compiled without ICU
    strictDecoder = looseDecoder;
}

/**
 * Calculates the UTF8 byte length of a string.
 * @param {string} string String
 * @returns {number} Byte length
 */
utf8.length = function utf8_length(string) {
    var len = 0,
        c = 0;
    for (var i = 0; i < string.length; ++i) {
        c = string.charCodeAt(i);
        if (c < 128)
            len += 1;
        else if (c < 2048)
            len += 2;
        else if ((c & 0xFC00) === 0xD800 && (string.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
            ++i;
            len += 4;
        } else
            len += 3;
    }
    return len;
};

function utf8_read_decoder(decoder, buffer, start, end) {
    var source = start === 0 && end === buffer.length
        ? buffer
        : buffer.subarray(start, end);
    return decoder.decode(source);
}

/**
 * Reads UTF8 bytes as a string.
 * @param {Uint8Array} buffer Source buffer
 * @param {number} start Source start
 * @param {number} end Source end
 * @returns {string} String read
 */
utf8.read = function utf8_read_loose(buffer, start, end) {
    if (end - start < 1)
        return "";
    if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(looseDecoder, buffer, start, end);

    var str = "",
        i = start,
        c1, c2, c3, c4, c5, c6, c7, c8;

    for (; i + 7 < end; i += 8) {
        c1 = buffer[i];
        c2 = buffer[i + 1];
        c3 = buffer[i + 2];
        c4 = buffer[i + 3];
        c5 = buffer[i + 4];
        c6 = buffer[i + 5];
        c7 = buffer[i + 6];
        c8 = buffer[i + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 0x80)
            return str + utf8_read_decoder(looseDecoder, buffer, i, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
    }

    for (; i < end; ++i) {
        c1 = buffer[i];
        if (c1 & 0x80)
            return str + utf8_read_decoder(looseDecoder, buffer, i, end);
        str += String.fromCharCode(c1);
    }

    return str;
};

/**
 * Reads UTF8 bytes as a string, rejecting invalid UTF8.
 * @param {Uint8Array} buffer Source buffer
 * @param {number} start Source start
 * @param {number} end Source end
 * @returns {string} String read
 */
utf8.readStrict = function utf8_read_strict(buffer, start, end) {
    if (end - start < 1)
        return "";
    if (end - start >= TEXT_DECODER_MIN_LENGTH)
        return utf8_read_decoder(strictDecoder, buffer, start, end);

    var str = "",
        i = start,
        c1, c2, c3, c4, c5, c6, c7, c8;

    for (; i + 7 < end; i += 8) {
        c1 = buffer[i];
        c2 = buffer[i + 1];
        c3 = buffer[i + 2];
        c4 = buffer[i + 3];
        c5 = buffer[i + 4];
        c6 = buffer[i + 5];
        c7 = buffer[i + 6];
        c8 = buffer[i + 7];
        if ((c1 | c2 | c3 | c4 | c5 | c6 | c7 | c8) & 0x80)
            return str + utf8_read_decoder(strictDecoder, buffer, i, end);
        str += String.fromCharCode(c1, c2, c3, c4, c5, c6, c7, c8);
    }

    for (; i < end; ++i) {
        c1 = buffer[i];
        if (c1 & 0x80)
            return str + utf8_read_decoder(strictDecoder, buffer, i, end);
        str += String.fromCharCode(c1);
    }

    return str;
};

/**
 * Writes a string as UTF8 bytes.
 * @param {string} string Source string
 * @param {Uint8Array} buffer Destination buffer
 * @param {number} offset Destination offset
 * @returns {number} Bytes written
 */
utf8.write = function utf8_write(string, buffer, offset) {
    var start = offset,
        c1, // character 1
        c2; // character 2
    for (var i = 0; i < string.length; ++i) {
        c1 = string.charCodeAt(i);
        if (c1 < 128) {
            buffer[offset++] = c1;
        } else if (c1 < 2048) {
            buffer[offset++] = c1 >> 6       | 192;
            buffer[offset++] = c1       & 63 | 128;
        } else if ((c1 & 0xFC00) === 0xD800 && ((c2 = string.charCodeAt(i + 1)) & 0xFC00) === 0xDC00) {
            c1 = 0x10000 + ((c1 & 0x03FF) << 10) + (c2 & 0x03FF);
            ++i;
            buffer[offset++] = c1 >> 18      | 240;
            buffer[offset++] = c1 >> 12 & 63 | 128;
            buffer[offset++] = c1 >> 6  & 63 | 128;
            buffer[offset++] = c1       & 63 | 128;
        } else {
            buffer[offset++] = c1 >> 12      | 224;
            buffer[offset++] = c1 >> 6  & 63 | 128;
            buffer[offset++] = c1       & 63 | 128;
        }
    }
    return offset - start;
};


/***/ }),

/***/ 745:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Writer;

var util      = __nccwpck_require__(186);

var BufferWriter; // cyclic

var LongBits  = util.LongBits,
    base64    = util.base64,
    utf8      = util.utf8;

/**
 * Constructs a new writer instance.
 * @classdesc Wire format writer using `Uint8Array`.
 * @constructor
 */
function Writer() {

    /**
     * Write cursor into {@link Writer#buf}.
     * @type {number}
     */
    this.pos = 0;

    /**
     * Backing buffer.
     * @type {Uint8Array}
     */
    this.buf = this.constructor.alloc(Writer.initialBufferSize);

    /**
     * Cached DataView over {@link Writer#buf}.
     * @type {DataView|null}
     */
    this.view = null;

    /**
     * Stack of forked length-prefix positions.
     * @type {Array<number>|null}
     */
    this.states = null;
}

/**
 * Initial backing buffer size in bytes. Defaults to 128.
 * @type {number}
 */
Writer.initialBufferSize = 128;

/**
 * Current write position.
 * @name Writer#len
 * @type {number}
 * @deprecated Use {@link Writer#pos} instead.
 */
Object.defineProperty(Writer.prototype, "len", {
    configurable: true,
    enumerable: true,
    get: function get_len() {
        return this.pos;
    }
});

var create = function create() {
    return util.Buffer
        ? function create_buffer_setup() {
            return (Writer.create = function create_buffer() {
                return new BufferWriter();
            })();
        }
        /* istanbul ignore next */
        : function create_array() {
            return new Writer();
        };
};

/**
 * Creates a new writer.
 * @function
 * @returns {BufferWriter|Writer} A {@link BufferWriter} when Buffers are supported, otherwise a {@link Writer}
 */
Writer.create = create();

/**
 * Allocates a buffer of the specified size.
 * @param {number} size Buffer size
 * @returns {Uint8Array} Buffer
 */
Writer.alloc = function alloc(size) {
    return new Uint8Array(size);
};

// Use Uint8Array buffer pool in the browser, just like node does with buffers
Writer.alloc = util.pool(Writer.alloc, Uint8Array.prototype.subarray);

/**
 * Calculates the number of bytes a value occupies as a varint.
 * @param {number} value Value to size (unsigned)
 * @returns {number} Byte length (1..5)
 * @ignore
 */
function sizeVarint32(value) {
    return value         < 128       ? 1
         : value         < 16384     ? 2
         : value         < 2097152   ? 3
         : value         < 268435456 ? 4
         :                             5;
}

/**
 * Ensures that at least `n` more bytes fit into the backing buffer, doubling it if not.
 * @param {number} n Number of additional bytes required
 * @returns {undefined}
 * @private
 */
Writer.prototype._reserve = function _reserve(n) {
    var need = this.pos + n;
    if (need > this.buf.length) {
        var size = this.buf.length << 1;
        if (size < need)
            size = need;
        var buf = this.constructor.alloc(size);
        buf.set(this.buf.subarray(0, this.pos), 0);
        this.buf = buf;
        this.view = null; // invalidate
    }
};

function writeStringAscii(val, buf, pos) {
    for (var i = 0; i < val.length;)
        buf[pos++] = val.charCodeAt(i++);
}

function writeVarint32(val, buf, pos) {
    while (val > 127) {
        buf[pos++] = val & 127 | 128;
        val >>>= 7;
    }
    buf[pos] = val;
    return pos + 1;
}

/**
 * Writes an unsigned 32 bit value as a varint.
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.uint32 = function write_uint32(value) {
    value = value >>> 0;
    this._reserve(5);
    var pos = this.pos;
    this.pos = writeVarint32(value, this.buf, pos);
    return this;
};

/**
 * Writes a signed 32 bit value as a varint.
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.int32 = function write_int32(value) {
    if ((value |= 0) < 0) { // 10 bytes per spec
        this._reserve(10);
        writeVarint64(LongBits.fromNumber(value), this.buf, this.pos);
        this.pos += 10;
        return this;
    }
    return this.uint32(value);
};

/**
 * Writes a 32 bit value as a varint, zig-zag encoded.
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.sint32 = function write_sint32(value) {
    return this.uint32((value << 1 ^ value >> 31) >>> 0);
};

function writeVarint64(val, buf, pos) {
    var lo = val.lo,
        hi = val.hi;
    while (hi) {
        buf[pos++] = lo & 127 | 128;
        lo = (lo >>> 7 | hi << 25) >>> 0;
        hi >>>= 7;
    }
    while (lo > 127) {
        buf[pos++] = lo & 127 | 128;
        lo = lo >>> 7;
    }
    buf[pos] = lo;
    return pos + 1;
}

/**
 * Writes an unsigned 64 bit value as a varint.
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.uint64 = function write_uint64(value) {
    var bits = LongBits.from(value);
    this._reserve(10);
    var pos = this.pos;
    this.pos = writeVarint64(bits, this.buf, pos);
    return this;
};

/**
 * Writes a signed 64 bit value as a varint.
 * @function
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.int64 = Writer.prototype.uint64;

/**
 * Writes a signed 64 bit value as a varint, zig-zag encoded.
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.sint64 = function write_sint64(value) {
    var bits = LongBits.from(value).zzEncode();
    this._reserve(10);
    var pos = this.pos;
    this.pos = writeVarint64(bits, this.buf, pos);
    return this;
};

/**
 * Writes a boolish value as a varint.
 * @param {boolean} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.bool = function write_bool(value) {
    this._reserve(1);
    this.buf[this.pos++] = value ? 1 : 0;
    return this;
};

function writeFixed32(val, buf, pos) {
    buf[pos    ] =  val         & 255;
    buf[pos + 1] =  val >>> 8   & 255;
    buf[pos + 2] =  val >>> 16  & 255;
    buf[pos + 3] =  val >>> 24;
}

/**
 * Writes an unsigned 32 bit value as fixed 32 bits.
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.fixed32 = function write_fixed32(value) {
    this._reserve(4);
    writeFixed32(value >>> 0, this.buf, this.pos);
    this.pos += 4;
    return this;
};

/**
 * Writes a signed 32 bit value as fixed 32 bits.
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.sfixed32 = Writer.prototype.fixed32;

/**
 * Writes an unsigned 64 bit value as fixed 64 bits.
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.fixed64 = function write_fixed64(value) {
    var bits = LongBits.from(value);
    this._reserve(8);
    writeFixed32(bits.lo, this.buf, this.pos);
    writeFixed32(bits.hi, this.buf, this.pos + 4);
    this.pos += 8;
    return this;
};

/**
 * Writes a signed 64 bit value as fixed 64 bits.
 * @function
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.sfixed64 = Writer.prototype.fixed64;

/**
 * Writes a float (32 bit).
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.float = function write_float(value) {
    this._reserve(4);
    util.float.writeFloatLE(value, this.buf, this.pos);
    this.pos += 4;
    return this;
};

/**
 * Writes a double (64 bit float).
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.double = function write_double(value) {
    this._reserve(8);
    util.float.writeDoubleLE(value, this.buf, this.pos);
    this.pos += 8;
    return this;
};

/**
 * Writes a sequence of bytes.
 * @param {Uint8Array|string} value Buffer or base64 encoded string to write
 * @returns {Writer} `this`
 */
Writer.prototype.bytes = function write_bytes(value) {
    var len = value.length >>> 0;
    if (!len) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
    }
    if (util.isString(value)) {
        var buf = Writer.alloc(len = base64.length(value));
        base64.decode(value, buf, 0);
        value = buf;
    }
    this.uint32(len);
    this._reserve(len);
    this.buf.set(value, this.pos);
    this.pos += len;
    return this;
};

/**
 * Writes raw bytes without a tag or length prefix.
 * @param {Uint8Array} value Raw bytes
 * @returns {Writer} `this`
 */
Writer.prototype.raw = function write_raw(value) {
    var len = value.length >>> 0;
    if (!len)
        return this;
    this._reserve(len);
    this.buf.set(value, this.pos);
    this.pos += len;
    return this;
};

/**
 * Backfills the length varint.
 * @param {number} pos Position of reserved length byte
 * @param {number} len Length of content after length varint
 * @returns {Writer} `this`
 * @private
 */
Writer.prototype._delim = function _delim(pos, len) {
    var n = sizeVarint32(len);
    if (n > 1)
        this.buf.copyWithin(pos + n, pos + 1, pos + 1 + len);
    writeVarint32(len, this.buf, pos);
    this.pos = pos + n + len;
    return this;
};

/**
 * Writes a string.
 * @param {string} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.string = function write_string(value) {
    var n = value.length;
    if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
    }
    if (n < 0x80) {
        this._reserve(n * 3 + 5); // worst case
        var lenPos = this.pos;
        return this._delim(lenPos, utf8.write(value, this.buf, lenPos + 1));
    }
    var len = utf8.length(value);
    this.uint32(len);
    this._reserve(len);
    if (len === value.length)
        writeStringAscii(value, this.buf, this.pos);
    else
        utf8.write(value, this.buf, this.pos);
    this.pos += len;
    return this;
};

/**
 * Writes an array of unsigned 32 bit values as a packed repeated field.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.uint32s = function write_uint32s(value) {
    var n = value.length;
    this._reserve(n * 5 + 5); // worst case: 5 bytes per value + length varint
    var buf = this.buf, lenPos = this.pos, p = lenPos + 1;
    for (var i = 0; i < n; ++i)
        p = writeVarint32(value[i] >>> 0, buf, p);
    return this._delim(lenPos, p - lenPos - 1);
};

/**
 * Writes an array of signed 32 bit values as a packed repeated field.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.int32s = function write_int32s(value) {
    var n = value.length;
    this._reserve(n * 10 + 5); // worst case: 10 bytes per negative value + length varint
    var buf = this.buf, lenPos = this.pos, pos = lenPos + 1, val;
    for (var i = 0; i < n; ++i) {
        if ((val = value[i] | 0) < 0) { // negatives are 10 bytes per spec
            pos = writeVarint64(LongBits.fromNumber(val), buf, pos);
        } else {
            pos = writeVarint32(val, buf, pos);
        }
    }
    return this._delim(lenPos, pos - lenPos - 1);
};

/**
 * Writes an array of 32 bit values as packed, zig-zag encoded varints.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.sint32s = function write_sint32s(value) {
    var n = value.length;
    this._reserve(n * 5 + 5);
    var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
    for (var i = 0; i < n; ++i)
        pos = writeVarint32((value[i] << 1 ^ value[i] >> 31) >>> 0, buf, pos);
    return this._delim(lenPos, pos - lenPos - 1);
};

/**
 * Writes an array of unsigned 64 bit values as a packed repeated field.
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.uint64s = function write_uint64s(value) {
    var n = value.length;
    this._reserve(n * 10 + 5);
    var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
    for (var i = 0; i < n; ++i) {
        pos = writeVarint64(LongBits.from(value[i]), buf, pos);
    }
    return this._delim(lenPos, pos - lenPos - 1);
};

/**
 * Writes an array of signed 64 bit values as a packed repeated field.
 * @function
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.int64s = Writer.prototype.uint64s;

/**
 * Writes an array of 64 bit values as packed, zig-zag encoded varints.
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.sint64s = function write_sint64s(value) {
    var n = value.length;
    this._reserve(n * 10 + 5);
    var buf = this.buf, lenPos = this.pos, pos = lenPos + 1;
    for (var i = 0; i < n; ++i) {
        pos = writeVarint64(LongBits.from(value[i]).zzEncode(), buf, pos);
    }
    return this._delim(lenPos, pos - lenPos - 1);
};

/**
 * Writes an array of boolish values as a packed repeated field.
 * @param {boolean[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.bools = function write_bools(value) {
    var n = value.length;
    this.uint32(n); // one byte per value
    this._reserve(n);
    var buf = this.buf, p = this.pos;
    for (var i = 0; i < n; ++i)
        buf[p++] = value[i] ? 1 : 0;
    this.pos += n;
    return this;
};

// The view allocation only pays off when amortized over enough writes
var VIEW_THRESHOLD_FLOAT = 16,
    VIEW_THRESHOLD_INT   = 128;

function getLazyView(writer, count, threshold) {
    var view = writer.view;
    if (view || count < threshold)
        return view;
    var buf = writer.buf;
    return writer.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
}

/**
 * Writes an array of unsigned 32 bit values as packed, fixed 32 bits.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.fixed32s = function write_fixed32s(value) {
    var n = value.length, bytes = n * 4;
    this.uint32(bytes); // length is known exactly
    this._reserve(bytes);
    var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
    if (dv)
        for (i = 0; i < n; ++i) { dv.setUint32(p, value[i] >>> 0, true); p += 4; }
    else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) { writeFixed32(value[i] >>> 0, buf, p); p += 4; }
    }
    this.pos += bytes;
    return this;
};

/**
 * Writes an array of signed 32 bit values as packed, fixed 32 bits.
 * @function
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.sfixed32s = Writer.prototype.fixed32s;

/**
 * Writes an array of unsigned 64 bit values as packed, fixed 64 bits.
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.fixed64s = function write_fixed64s(value) {
    var n = value.length, bytes = n * 8;
    this.uint32(bytes);
    this._reserve(bytes);
    var p = this.pos, i, bits, dv = getLazyView(this, n, VIEW_THRESHOLD_INT);
    if (dv)
        for (i = 0; i < n; ++i) { bits = LongBits.from(value[i]); dv.setUint32(p, bits.lo, true); dv.setUint32(p + 4, bits.hi, true); p += 8; }
    else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) { bits = LongBits.from(value[i]); writeFixed32(bits.lo, buf, p); writeFixed32(bits.hi, buf, p + 4); p += 8; }
    }
    this.pos += bytes;
    return this;
};

/**
 * Writes an array of signed 64 bit values as packed, fixed 64 bits.
 * @function
 * @param {Array.<Long|number|string>} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.sfixed64s = Writer.prototype.fixed64s;

/**
 * Writes an array of floats (32 bit) as a packed repeated field.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.floats = function write_floats(value) {
    var n = value.length, bytes = n * 4;
    this.uint32(bytes);
    this._reserve(bytes);
    var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
    if (dv)
        for (i = 0; i < n; ++i) { dv.setFloat32(p, value[i], true); p += 4; }
    else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) { util.float.writeFloatLE(value[i], buf, p); p += 4; }
    }
    this.pos += bytes;
    return this;
};

/**
 * Writes an array of doubles (64 bit float) as a packed repeated field.
 * @param {number[]} value Values to write
 * @returns {Writer} `this`
 */
Writer.prototype.doubles = function write_doubles(value) {
    var n = value.length, bytes = n * 8;
    this.uint32(bytes);
    this._reserve(bytes);
    var p = this.pos, i, dv = getLazyView(this, n, VIEW_THRESHOLD_FLOAT);
    if (dv)
        for (i = 0; i < n; ++i) { dv.setFloat64(p, value[i], true); p += 8; }
    else {
        var buf = this.buf;
        for (i = 0; i < n; ++i) { util.float.writeDoubleLE(value[i], buf, p); p += 8; }
    }
    this.pos += bytes;
    return this;
};

/**
 * Forks this writer's state by pushing it to a stack.
 * @returns {Writer} `this`
 */
Writer.prototype.fork = function fork() {
    this._reserve(1);
    (this.states || (this.states = [])).push(this.pos);
    this.pos += 1;
    return this;
};

/**
 * Resets this instance to the last state.
 * @returns {Writer} `this`
 */
Writer.prototype.reset = function reset() {
    var states = this.states;
    if (states && states.length) {
        this.pos = states.pop();
    } else {
        this.pos = 0;
    }
    return this;
};

/**
 * Resets to the last state and prepends the fork state's current write length as a varint.
 * @returns {Writer} `this`
 */
Writer.prototype.ldelim = function ldelim() {
    var states = this.states,
        len,
        vlen;
    if (states && states.length) {
        var lenPos = states.pop();
        len = this.pos - lenPos - 1;
        vlen = sizeVarint32(len);
        if (vlen > 1) { // grow the reserved single byte and shift content forward
            this._reserve(vlen - 1);
            this.buf.copyWithin(lenPos + vlen, lenPos + 1, lenPos + 1 + len);
            this.pos += vlen - 1;
            writeVarint32(len, this.buf, lenPos);
        } else {
            this.buf[lenPos] = len;
        }
    } else { // not forked: prefix the entire buffer with its length
        // TODO: Compatibility with older generated code.
        // Remove this branch in the next major release.
        len = this.pos;
        vlen = sizeVarint32(len);
        this._reserve(vlen);
        this.buf.copyWithin(vlen, 0, len);
        writeVarint32(len, this.buf, 0);
        this.pos += vlen;
    }
    return this;
};

/**
 * Finishes the write operation.
 * Returns a buffer sized to the written data by default.
 * @param {boolean} [shared=false] Whether to return a shared view instead of a unique copy
 * @returns {Uint8Array} Finished buffer
 */
Writer.prototype.finish = function finish(shared) {
    if (shared)
        return this.buf.subarray(0, this.pos);
    var buf = this.constructor.alloc(this.pos);
    buf.set(this.buf.subarray(0, this.pos), 0);
    return buf;
};

/**
 * Finishes the write operation, writing into the provided buffer.
 * The caller must ensure that `buf` has enough space starting at `offset`
 * to hold {@link Writer#pos} bytes.
 * @param {T} buf Target buffer
 * @param {number} [offset=0] Offset to start writing at
 * @returns {T} The provided buffer
 * @template T extends Uint8Array
 */
Writer.prototype.finishInto = function finishInto(buf, offset) {
    if (offset === undefined)
        offset = 0;
    buf.set(this.buf.subarray(0, this.pos), offset);
    return buf;
};

Writer._configure = function(BufferWriter_) {
    BufferWriter = BufferWriter_;
    Writer.create = create();
    BufferWriter._configure();
};


/***/ }),

/***/ 74:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = BufferWriter;

// extends Writer
var Writer = __nccwpck_require__(745);
BufferWriter.prototype = Object.create(Writer.prototype, {
    constructor: {
        value: BufferWriter,
        writable: true,
        enumerable: false,
        configurable: true
    }
});

var util = __nccwpck_require__(186);

/**
 * Constructs a new buffer writer instance.
 * @classdesc Wire format writer using node buffers.
 * @extends Writer
 * @constructor
 */
function BufferWriter() {
    Writer.call(this);
}

var writeStringBuffer;

BufferWriter._configure = function () {
    /**
     * Allocates a buffer of the specified size.
     * @function
     * @param {number} size Buffer size
     * @returns {Buffer} Buffer
     */
    BufferWriter.alloc = util.Buffer && util.Buffer.allocUnsafe;

    writeStringBuffer = util.Buffer && util.Buffer.prototype.utf8Write
        ? function writeStringBuffer_utf8Write(val, buf, pos) {
            return buf.utf8Write(val, pos);
        }
        : function writeStringBuffer_write(val, buf, pos) {
            return buf.write(val, pos);
        };
};


/**
 * @override
 */
BufferWriter.prototype.bytes = function write_bytes_buffer(value) {
    if (util.isString(value))
        value = util.Buffer.from(value, "base64");
    var len = value.length >>> 0;
    this.uint32(len);
    if (len) {
        this._reserve(len);
        this.buf.set(value, this.pos);
        this.pos += len;
    }
    return this;
};

/**
 * @override
 */
BufferWriter.prototype.string = function write_string_buffer(value) {
    var n = value.length;
    if (!n) {
        this._reserve(1);
        this.buf[this.pos++] = 0;
        return this;
    }
    if (n < 0x80) {
        this._reserve(n * 3 + 5); // worst case
        var pos = this.pos,
            buf = this.buf;
        return this._delim(pos,
            n < 40
                ? util.utf8.write(value, buf, pos + 1)
                : writeStringBuffer(value, buf, pos + 1)
        );
    }
    var len = util.Buffer.byteLength(value);
    this.uint32(len);
    this._reserve(len);
    writeStringBuffer(value, this.buf, this.pos);
    this.pos += len;
    return this;
};


/**
 * Finishes the write operation.
 * @name BufferWriter#finish
 * @function
 * @returns {Buffer} Finished buffer
 */

BufferWriter._configure();


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/diagnostics/codes.ts
const CODES = {
    // CLI / settings
    E_USAGE: { category: 'CLI ERROR', hint: 'Run `model-footprint --help` for the accepted arguments.' },
    E_FILE_NOT_FOUND: { category: 'CLI ERROR', hint: 'Check the path; it is resolved from the current directory.' },
    E_INPUT_SHAPE: { category: 'CLI ERROR', hint: 'Use --input-shape name:1x3x224x224 with a name the model declares.' },
    // Loading
    E_UNKNOWN_FORMAT: { category: 'LOAD ERROR', hint: 'Supported formats: ONNX (.onnx), TFLite (.tflite), Keras (.h5, .keras).' },
    E_TRUNCATED: { category: 'LOAD ERROR', hint: 'The file ends early: re-export or re-download it (is it a Git LFS pointer?).' },
    E_MALFORMED: { category: 'LOAD ERROR', hint: 'The file does not follow its format; re-export it with the framework\'s exporter.' },
    E_LIMIT: { category: 'LOAD ERROR', hint: 'A declared size is beyond what any edge model needs; the file is likely corrupt.' },
    E_EXTERNAL_DATA: { category: 'LOAD ERROR', hint: 'External data must be a relative path inside the model\'s folder, present beside the model.' },
    E_GRAPH: { category: 'LOAD ERROR', hint: 'The graph is not a valid dataflow graph (cycle, dangling or duplicate tensor).' },
    // Analysis diagnostics (per node; the rest of the report still appears)
    W_UNKNOWN_OP: { category: 'NOT IMPLEMENTED', hint: 'This operator is counted with 0 MACC and unknown output shape; open an issue with the model.' },
    W_DOMAIN: { category: 'NOT IMPLEMENTED', hint: 'Operators outside the default ONNX domain are not analyzed by the standard rules.' },
    W_SHAPE: { category: 'ANALYSIS', hint: 'Give static input shapes with --input-shape name:1x3x224x224.' },
    W_SUBGRAPH: { category: 'ANALYSIS', hint: 'Nested graphs are shown; their cost depends on run-time control flow.' },
    I_ASSUMPTION: { category: 'ANALYSIS', hint: 'Override it with --input-shape if the model runs with another size.' },
    I_FOLDED: { category: 'ANALYSIS', hint: '' },
    // Internal
    E_INTERNAL: { category: 'INTERNAL ERROR', hint: 'This is a bug in model-footprint: please report it with the model.' },
};

;// CONCATENATED MODULE: ./src/diagnostics/diagnostic.ts

function diag(code, message, node) {
    const severity = code.startsWith('E_') ? 'error' : code.startsWith('W_') ? 'warning' : 'info';
    return node === undefined ? { code, severity, message } : { code, severity, message, node };
}
/** The one error type the core throws. Rendered only at the edge (CLI, action). */
class FootprintError extends Error {
    code;
    category;
    file;
    node;
    offset;
    constructor(code, message, ctx = {}) {
        super(message);
        this.name = 'FootprintError';
        this.code = code;
        this.category = CODES[code].category;
        this.file = ctx.file;
        this.node = ctx.node;
        this.offset = ctx.offset;
    }
    get hint() {
        return CODES[this.code].hint;
    }
    /** One line: `LOAD ERROR E_TRUNCATED: model.onnx: ... (at byte 1234)`. */
    oneLine() {
        const where = [this.file, this.node ? `node '${this.node}'` : undefined].filter(Boolean).join(': ');
        const at = this.offset !== undefined ? ` (at byte ${this.offset})` : '';
        return `${this.category} ${this.code}: ${where ? where + ': ' : ''}${this.message}${at}`;
    }
}
/** Turns anything thrown into a FootprintError, keeping typed errors as they are. */
function asFootprintError(e, file) {
    if (e instanceof FootprintError)
        return e;
    const msg = e instanceof Error ? e.message : String(e);
    if (e instanceof RangeError && /Maximum call stack|Invalid array length|Array buffer allocation/.test(msg)) {
        return new FootprintError('E_LIMIT', msg, file === undefined ? {} : { file });
    }
    return new FootprintError('E_INTERNAL', msg, file === undefined ? {} : { file });
}

;// CONCATENATED MODULE: ./src/cli/args.ts

const FORMATS = ['text', 'json', 'md'];
function usage(message) {
    return new FootprintError('E_USAGE', message);
}
/** `name:1x3x224x224` → ['name', [1,3,224,224]]. The name may itself contain ':' (TF names). */
function parseInputShape(spec) {
    const i = spec.lastIndexOf(':');
    if (i <= 0 || i === spec.length - 1) {
        throw new FootprintError('E_INPUT_SHAPE', `--input-shape expects name:1x3x224x224, found '${spec}'`);
    }
    const name = spec.slice(0, i);
    const dims = spec.slice(i + 1).split(/[x,]/).map((d) => Number(d));
    if (dims.some((d) => !Number.isSafeInteger(d) || d < 0)) {
        throw new FootprintError('E_INPUT_SHAPE', `--input-shape '${spec}': every dimension must be a whole number >= 0`);
    }
    return [name, dims];
}
/** Parses argv (without node and script). Throws FootprintError E_USAGE with a one-line reason. */
function parseArgs(argv) {
    if (argv.length === 0 || argv.includes('--help') || argv.includes('-h') || argv[0] === 'help')
        return { command: 'help' };
    if (argv.includes('--version') || argv.includes('-V'))
        return { command: 'version' };
    const [command, ...rest] = argv;
    if (command !== 'analyze')
        throw usage(`unknown command '${command}' (expected: analyze)`);
    const out = {
        command: 'analyze', models: [], target: 'stm32h7', format: 'text', inputShapes: {},
        ioInsideActivations: true, planner: 'st', outDir: undefined, hash: true,
    };
    for (let i = 0; i < rest.length; i++) {
        const a = rest[i];
        const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
        const value = () => {
            if (inline !== undefined)
                return inline;
            const v = rest[++i];
            if (v === undefined || v.startsWith('--'))
                throw usage(`${flag} needs a value`);
            return v;
        };
        switch (flag) {
            case '--target':
            case '-t':
                out.target = value();
                break;
            case '--format':
            case '-f': {
                const v = value();
                if (!FORMATS.includes(v))
                    throw usage(`--format must be one of ${FORMATS.join(', ')}, found '${v}'`);
                out.format = v;
                break;
            }
            case '--json':
                out.format = 'json';
                break;
            case '--md':
                out.format = 'md';
                break;
            case '--input-shape': {
                const [name, dims] = parseInputShape(value());
                out.inputShapes[name] = dims;
                break;
            }
            case '--io-outside-activations':
                out.ioInsideActivations = false;
                break;
            case '--planner': {
                const v = value();
                if (v !== 'st' && v !== 'tflm')
                    throw usage(`--planner must be st or tflm, found '${v}'`);
                out.planner = v;
                break;
            }
            case '--out':
            case '-o':
                out.outDir = value();
                break;
            case '--no-hash':
                out.hash = false;
                break;
            default:
                if (a.startsWith('-'))
                    throw usage(`unknown option '${a}'`);
                out.models.push(a);
        }
    }
    if (out.models.length === 0)
        throw usage('analyze needs at least one model file');
    return out;
}
const HELP = `model-footprint: memory, compute and NPU mapping of edge-AI models (ONNX)

Usage:
  model-footprint analyze <model>... [options]

Options:
  -t, --target NAME           target to analyze for (default: stm32h7; built-ins: stm32h7)
  -f, --format text|json|md   report format on stdout (default: text); --json, --md are shorthands
      --input-shape NAME:DIMS set a symbolic input shape, e.g. input:1x3x224x224 (repeatable)
      --io-outside-activations keep inputs/outputs out of the activations buffer
                              (then ram total = activations + inputs + outputs)
      --planner st|tflm       memory planner: ST-like (default) or TFLite Micro greedy
  -o, --out DIR               also write <model>.report.{txt,json,md} into DIR
      --no-hash               skip the file's sha256/md5 (they read every byte of a huge model)
  -h, --help                  this help
  -V, --version               the version

Exit status: 0 when every model was analyzed, 1 when a model could not be, 2 on a usage error.
`;

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/cli/file-source.ts




/**
 * A ByteSource over a file, read with positioned reads: nothing is loaded until asked for, and
 * only the asked range is. The descriptor stays open for the life of the process (the CLI
 * analyzes a handful of files; close() is there for long-running callers).
 */
class FileSource {
    name;
    size;
    fd;
    constructor(path) {
        this.name = path;
        try {
            this.fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
            const st = (0,external_node_fs_namespaceObject.fstatSync)(this.fd);
            if (st.isDirectory())
                throw new FootprintError('E_FILE_NOT_FOUND', 'is a directory, not a model file', { file: path });
            this.size = st.size;
        }
        catch (e) {
            if (e instanceof FootprintError)
                throw e;
            throw new FootprintError('E_FILE_NOT_FOUND', `cannot open: ${e instanceof Error ? e.message : String(e)}`, { file: path });
        }
    }
    read(offset, length) {
        const buf = Buffer.allocUnsafe(length);
        let done = 0;
        while (done < length) {
            const n = (0,external_node_fs_namespaceObject.readSync)(this.fd, buf, done, length - done, offset + done);
            if (n === 0)
                throw new FootprintError('E_TRUNCATED', `expected ${length} bytes at offset ${offset}, file ends after ${done}`, { file: this.name, offset: offset + done });
            done += n;
        }
        return buf;
    }
    close() {
        (0,external_node_fs_namespaceObject.closeSync)(this.fd);
    }
}
/** A ModelInput for a path on disk; siblings (ONNX external data) open relative to its folder. */
function fileModelInput(path) {
    const source = new FileSource(path);
    const folder = (0,external_node_path_namespaceObject.dirname)(path);
    return {
        path,
        source,
        openSibling(relativePath) {
            const p = (0,external_node_path_namespaceObject.join)(folder, relativePath);
            if (!(0,external_node_fs_namespaceObject.existsSync)(p) || !(0,external_node_fs_namespaceObject.statSync)(p).isFile())
                return undefined;
            return new FileSource(p);
        },
    };
}
/** sha256 and md5 of a source, streamed in 1 MiB chunks (md5 is what stedgeai prints as model_hash). */
function hashSource(source) {
    const sha = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    const md5 = (0,external_node_crypto_namespaceObject.createHash)('md5');
    const chunk = 1 << 20;
    for (let off = 0; off < source.size; off += chunk) {
        const part = source.read(off, Math.min(chunk, source.size - off));
        sha.update(part);
        md5.update(part);
    }
    return { sha256: sha.digest('hex'), md5: md5.digest('hex') };
}

;// CONCATENATED MODULE: ./src/frontends/onnx/wire.ts

const WIRE_VARINT = 0;
const WIRE_FIXED64 = 1;
const WIRE_LEN = 2;
const WIRE_FIXED32 = 5;
const MIN_WINDOW = 256;
const MAX_WINDOW = 64 * 1024;
class WireReader {
    source;
    file;
    buf = new Uint8Array(0);
    start = 0;
    window = MIN_WINDOW;
    /** Bytes requested from the source so far (for tests and benchmarks). */
    bytesRead = 0;
    constructor(source, file = source.name) {
        this.source = source;
        this.file = file;
    }
    get size() {
        return this.source.size;
    }
    /** Byte at `pos`; the caller has checked `pos < size`. */
    byteAt(pos) {
        const i = pos - this.start;
        if (i >= 0 && i < this.buf.length)
            return this.buf[i];
        this.fill(pos);
        return this.buf[pos - this.start];
    }
    /**
     * Loads a window at `pos`. Windows grow while reads are sequential (dense node lists) and
     * shrink back after a jump (over weight bytes), so skipped data is never read.
     */
    fill(pos) {
        const sequential = pos === this.start + this.buf.length && this.buf.length > 0;
        this.window = sequential ? Math.min(this.window * 2, MAX_WINDOW) : MIN_WINDOW;
        const len = Math.min(this.window, this.size - pos);
        this.buf = this.source.read(pos, len);
        this.bytesRead += len;
        this.start = pos;
    }
    /** A copy-free view when the range is buffered, otherwise one read of exactly that range. */
    bytes(offset, length) {
        const i = offset - this.start;
        if (i >= 0 && i + length <= this.buf.length)
            return this.buf.subarray(i, i + length);
        this.bytesRead += length;
        return this.source.read(offset, length);
    }
    error(code, message, offset) {
        return new FootprintError(code, `ONNX: ${message}`, { file: this.file, offset });
    }
    /** Reads a varint at `pos` that must end before `end`. Returns [value, nextPos]. */
    varint(pos, end, what) {
        let value = 0;
        let mul = 1;
        for (let i = 0; i < 10; i++) {
            if (pos + i >= end) {
                throw end >= this.size
                    ? this.error('E_TRUNCATED', `file ends inside a varint (${what})`, pos)
                    : this.error('E_MALFORMED', `varint (${what}) runs past the end of its message`, pos);
            }
            const b = this.byteAt(pos + i);
            value += (b & 0x7f) * mul;
            mul *= 128;
            if ((b & 0x80) === 0)
                return [value, pos + i + 1];
        }
        throw this.error('E_MALFORMED', `varint (${what}) longer than 10 bytes`, pos);
    }
    /** Reads the field starting at `pos` inside a message ending at `end`. */
    field(pos, end, message) {
        const [tag, afterTag] = this.varint(pos, end, `${message} field tag`);
        const no = Math.floor(tag / 8);
        const wire = tag % 8;
        if (no === 0 || no > 536870911)
            throw this.error('E_MALFORMED', `invalid field number ${no} in ${message}`, pos);
        const f = { no, wire, tagOffset: pos, offset: afterTag, length: 0, end: afterTag, varint: 0 };
        switch (wire) {
            case WIRE_VARINT: {
                const [v, next] = this.varint(afterTag, end, `${message}.${no}`);
                f.varint = v;
                f.length = next - afterTag;
                break;
            }
            case WIRE_FIXED64:
                f.length = 8;
                break;
            case WIRE_FIXED32:
                f.length = 4;
                break;
            case WIRE_LEN: {
                const [len, next] = this.varint(afterTag, end, `${message}.${no} length`);
                f.offset = next;
                f.length = len;
                break;
            }
            default:
                throw this.error('E_MALFORMED', `unsupported wire type ${wire} for field ${no} of ${message}`, pos);
        }
        f.end = f.offset + f.length;
        if (f.end > end) {
            const remaining = end - f.offset;
            throw end >= this.size
                ? this.error('E_TRUNCATED', `${message} field ${no} declares ${f.length} bytes but the file has only ${remaining} left`, pos)
                : this.error('E_MALFORMED', `${message} field ${no} declares ${f.length} bytes but its enclosing message has only ${remaining} left`, pos);
        }
        return f;
    }
    /** Iterates the fields of the message occupying `[start, end)`. */
    *fields(start, end, message) {
        let pos = start;
        while (pos < end) {
            const f = this.field(pos, end, message);
            yield f;
            pos = f.end;
        }
    }
}
/** Concatenates fields (tag included) into one buffer for a generated decoder. */
function gather(r, fields) {
    let total = 0;
    for (const f of fields)
        total += f.end - f.tagOffset;
    if (total > 256 * 1024 * 1024)
        throw r.error('E_LIMIT', `message metadata of ${total} bytes`, fields[0]?.tagOffset ?? 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const f of fields) {
        out.set(r.bytes(f.tagOffset, f.end - f.tagOffset), at);
        at += f.end - f.tagOffset;
    }
    return out;
}
/** Runs a generated decoder, turning its exceptions into FootprintErrors at `offset`. */
function decodeWith(r, what, offset, bytes, decode) {
    try {
        return decode(bytes);
    }
    catch (e) {
        if (e instanceof FootprintError)
            throw e;
        const msg = e instanceof Error ? e.message : String(e);
        if (/depth|call stack/i.test(msg))
            throw r.error('E_LIMIT', `${what} nests too deeply (${msg})`, offset);
        throw r.error('E_MALFORMED', `cannot decode ${what}: ${msg}`, offset);
    }
}

// EXTERNAL MODULE: ./node_modules/protobufjs/minimal.js
var minimal = __nccwpck_require__(170);
;// CONCATENATED MODULE: ./src/schemas/onnx/onnx.js
// GENERATED by tools/gen-onnx-schema.mjs from schemas/onnx.proto (official ONNX, Apache-2.0). Do not edit.
/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/


// Common aliases
const $Reader = minimal.Reader, $Writer = minimal.Writer, $util = minimal.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = minimal.roots["default"] || (minimal.roots["default"] = {});

const onnx = $root.onnx = (() => {

    /**
     * Namespace onnx.
     * @exports onnx
     * @namespace
     */
    const onnx = {};

    /**
     * Version enum.
     * @name onnx.Version
     * @enum {number}
     * @property {number} _START_VERSION=0 _START_VERSION value
     * @property {number} IR_VERSION_2017_10_10=1 IR_VERSION_2017_10_10 value
     * @property {number} IR_VERSION_2017_10_30=2 IR_VERSION_2017_10_30 value
     * @property {number} IR_VERSION_2017_11_3=3 IR_VERSION_2017_11_3 value
     * @property {number} IR_VERSION_2019_1_22=4 IR_VERSION_2019_1_22 value
     * @property {number} IR_VERSION_2019_3_18=5 IR_VERSION_2019_3_18 value
     * @property {number} IR_VERSION_2019_9_19=6 IR_VERSION_2019_9_19 value
     * @property {number} IR_VERSION_2020_5_8=7 IR_VERSION_2020_5_8 value
     * @property {number} IR_VERSION_2021_7_30=8 IR_VERSION_2021_7_30 value
     * @property {number} IR_VERSION_2023_5_5=9 IR_VERSION_2023_5_5 value
     * @property {number} IR_VERSION_2024_3_25=10 IR_VERSION_2024_3_25 value
     * @property {number} IR_VERSION_2025_05_12=11 IR_VERSION_2025_05_12 value
     * @property {number} IR_VERSION_2025_08_26=12 IR_VERSION_2025_08_26 value
     * @property {number} IR_VERSION_2025_11_06=13 IR_VERSION_2025_11_06 value
     * @property {number} IR_VERSION=14 IR_VERSION value
     */
    onnx.Version = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "_START_VERSION"] = 0;
        values[valuesById[1] = "IR_VERSION_2017_10_10"] = 1;
        values[valuesById[2] = "IR_VERSION_2017_10_30"] = 2;
        values[valuesById[3] = "IR_VERSION_2017_11_3"] = 3;
        values[valuesById[4] = "IR_VERSION_2019_1_22"] = 4;
        values[valuesById[5] = "IR_VERSION_2019_3_18"] = 5;
        values[valuesById[6] = "IR_VERSION_2019_9_19"] = 6;
        values[valuesById[7] = "IR_VERSION_2020_5_8"] = 7;
        values[valuesById[8] = "IR_VERSION_2021_7_30"] = 8;
        values[valuesById[9] = "IR_VERSION_2023_5_5"] = 9;
        values[valuesById[10] = "IR_VERSION_2024_3_25"] = 10;
        values[valuesById[11] = "IR_VERSION_2025_05_12"] = 11;
        values[valuesById[12] = "IR_VERSION_2025_08_26"] = 12;
        values[valuesById[13] = "IR_VERSION_2025_11_06"] = 13;
        values[valuesById[14] = "IR_VERSION"] = 14;
        return values;
    })();

    onnx.AttributeProto = (function() {

        /**
         * Properties of an AttributeProto.
         * @typedef {Object} onnx.AttributeProto.$Properties
         * @property {string|null} [name] AttributeProto name
         * @property {string|null} [ref_attr_name] AttributeProto ref_attr_name
         * @property {string|null} [doc_string] AttributeProto doc_string
         * @property {onnx.AttributeProto.AttributeType|null} [type] AttributeProto type
         * @property {number|null} [f] AttributeProto f
         * @property {number|Long|null} [i] AttributeProto i
         * @property {Uint8Array|null} [s] AttributeProto s
         * @property {onnx.TensorProto.$Properties|null} [t] AttributeProto t
         * @property {onnx.GraphProto.$Properties|null} [g] AttributeProto g
         * @property {onnx.SparseTensorProto.$Properties|null} [sparse_tensor] AttributeProto sparse_tensor
         * @property {onnx.TypeProto.$Properties|null} [tp] AttributeProto tp
         * @property {Array.<number>|null} [floats] AttributeProto floats
         * @property {Array.<number|Long>|null} [ints] AttributeProto ints
         * @property {Array.<Uint8Array>|null} [strings] AttributeProto strings
         * @property {Array.<onnx.TensorProto.$Properties>|null} [tensors] AttributeProto tensors
         * @property {Array.<onnx.GraphProto.$Properties>|null} [graphs] AttributeProto graphs
         * @property {Array.<onnx.SparseTensorProto.$Properties>|null} [sparse_tensors] AttributeProto sparse_tensors
         * @property {Array.<onnx.TypeProto.$Properties>|null} [type_protos] AttributeProto type_protos
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an AttributeProto.
         * @memberof onnx
         * @interface IAttributeProto
         * @augments onnx.AttributeProto.$Properties
         * @deprecated Use onnx.AttributeProto.$Properties instead.
         */

        /**
         * Shape of an AttributeProto.
         * @typedef {{
         *   name?: string|null;
         *   ref_attr_name?: string|null;
         *   doc_string?: string|null;
         *   type?: onnx.AttributeProto.AttributeType|null;
         *   f?: number|null;
         *   i?: number|Long|null;
         *   s?: Uint8Array|null;
         *   t?: onnx.TensorProto.$Shape|null;
         *   g?: onnx.GraphProto.$Shape|null;
         *   sparse_tensor?: onnx.SparseTensorProto.$Shape|null;
         *   tp?: onnx.TypeProto.$Shape|null;
         *   floats?: Array.<number>|null;
         *   ints?: Array.<number|Long>|null;
         *   strings?: Array.<Uint8Array>|null;
         *   tensors?: Array.<onnx.TensorProto.$Shape>|null;
         *   graphs?: Array.<onnx.GraphProto.$Shape>|null;
         *   sparse_tensors?: Array.<onnx.SparseTensorProto.$Shape>|null;
         *   type_protos?: Array.<onnx.TypeProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.AttributeProto.$Shape
         */

        /**
         * Constructs a new AttributeProto.
         * @memberof onnx
         * @classdesc Represents an AttributeProto.
         * @constructor
         * @param {onnx.AttributeProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const AttributeProto = function (properties) {
            this.floats = [];
            this.ints = [];
            this.strings = [];
            this.tensors = [];
            this.graphs = [];
            this.sparse_tensors = [];
            this.type_protos = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * AttributeProto name.
         * @member {string} name
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.name = "";

        /**
         * AttributeProto ref_attr_name.
         * @member {string} ref_attr_name
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.ref_attr_name = "";

        /**
         * AttributeProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.doc_string = "";

        /**
         * AttributeProto type.
         * @member {onnx.AttributeProto.AttributeType} type
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.type = 0;

        /**
         * AttributeProto f.
         * @member {number} f
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.f = 0;

        /**
         * AttributeProto i.
         * @member {number|Long} i
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.i = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * AttributeProto s.
         * @member {Uint8Array} s
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.s = $util.newBuffer([]);

        /**
         * AttributeProto t.
         * @member {onnx.TensorProto.$Properties|null|undefined} t
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.t = null;

        /**
         * AttributeProto g.
         * @member {onnx.GraphProto.$Properties|null|undefined} g
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.g = null;

        /**
         * AttributeProto sparse_tensor.
         * @member {onnx.SparseTensorProto.$Properties|null|undefined} sparse_tensor
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.sparse_tensor = null;

        /**
         * AttributeProto tp.
         * @member {onnx.TypeProto.$Properties|null|undefined} tp
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.tp = null;

        /**
         * AttributeProto floats.
         * @member {Array.<number>} floats
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.floats = $util.emptyArray;

        /**
         * AttributeProto ints.
         * @member {Array.<number|Long>} ints
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.ints = $util.emptyArray;

        /**
         * AttributeProto strings.
         * @member {Array.<Uint8Array>} strings
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.strings = $util.emptyArray;

        /**
         * AttributeProto tensors.
         * @member {Array.<onnx.TensorProto.$Properties>} tensors
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.tensors = $util.emptyArray;

        /**
         * AttributeProto graphs.
         * @member {Array.<onnx.GraphProto.$Properties>} graphs
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.graphs = $util.emptyArray;

        /**
         * AttributeProto sparse_tensors.
         * @member {Array.<onnx.SparseTensorProto.$Properties>} sparse_tensors
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.sparse_tensors = $util.emptyArray;

        /**
         * AttributeProto type_protos.
         * @member {Array.<onnx.TypeProto.$Properties>} type_protos
         * @memberof onnx.AttributeProto
         * @instance
         */
        AttributeProto.prototype.type_protos = $util.emptyArray;

        /**
         * Encodes the specified AttributeProto message. Does not implicitly {@link onnx.AttributeProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.AttributeProto
         * @static
         * @param {onnx.AttributeProto.$Properties} message AttributeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        AttributeProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.f != null && $Object.hasOwnProperty.call(message, "f"))
                writer.uint32(/* id 2, wireType 5 =*/21).float(message.f);
            if (message.i != null && $Object.hasOwnProperty.call(message, "i"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.i);
            if (message.s != null && $Object.hasOwnProperty.call(message, "s"))
                writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.s);
            if (message.t != null && $Object.hasOwnProperty.call(message, "t"))
                $root.onnx.TensorProto.encode(message.t, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.g != null && $Object.hasOwnProperty.call(message, "g"))
                $root.onnx.GraphProto.encode(message.g, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
            if (message.floats != null && message.floats.length)
                for (let i = 0; i < message.floats.length; ++i)
                    writer.uint32(/* id 7, wireType 5 =*/61).float(message.floats[i]);
            if (message.ints != null && message.ints.length)
                for (let i = 0; i < message.ints.length; ++i)
                    writer.uint32(/* id 8, wireType 0 =*/64).int64(message.ints[i]);
            if (message.strings != null && message.strings.length)
                for (let i = 0; i < message.strings.length; ++i)
                    writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.strings[i]);
            if (message.tensors != null && message.tensors.length)
                for (let i = 0; i < message.tensors.length; ++i)
                    $root.onnx.TensorProto.encode(message.tensors[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.graphs != null && message.graphs.length)
                for (let i = 0; i < message.graphs.length; ++i)
                    $root.onnx.GraphProto.encode(message.graphs[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.doc_string != null && $Object.hasOwnProperty.call(message, "doc_string"))
                writer.uint32(/* id 13, wireType 2 =*/106).string(message.doc_string);
            if (message.tp != null && $Object.hasOwnProperty.call(message, "tp"))
                $root.onnx.TypeProto.encode(message.tp, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
            if (message.type_protos != null && message.type_protos.length)
                for (let i = 0; i < message.type_protos.length; ++i)
                    $root.onnx.TypeProto.encode(message.type_protos[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                writer.uint32(/* id 20, wireType 0 =*/160).int32(message.type);
            if (message.ref_attr_name != null && $Object.hasOwnProperty.call(message, "ref_attr_name"))
                writer.uint32(/* id 21, wireType 2 =*/170).string(message.ref_attr_name);
            if (message.sparse_tensor != null && $Object.hasOwnProperty.call(message, "sparse_tensor"))
                $root.onnx.SparseTensorProto.encode(message.sparse_tensor, writer.uint32(/* id 22, wireType 2 =*/178).fork(), _depth + 1).ldelim();
            if (message.sparse_tensors != null && message.sparse_tensors.length)
                for (let i = 0; i < message.sparse_tensors.length; ++i)
                    $root.onnx.SparseTensorProto.encode(message.sparse_tensors[i], writer.uint32(/* id 23, wireType 2 =*/186).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an AttributeProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.AttributeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.AttributeProto & onnx.AttributeProto.$Shape} AttributeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        AttributeProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.AttributeProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 21: {
                        if (wireType !== 2)
                            break;
                        message.ref_attr_name = reader.string();
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        message.doc_string = reader.string();
                        continue;
                    }
                case 20: {
                        if (wireType !== 0)
                            break;
                        value = reader.int32();
                        if ($root.onnx.AttributeProto.AttributeType[value] !== $undefined)
                            message.type = value;
                        else if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                        continue;
                    }
                case 2: {
                        if (wireType !== 5)
                            break;
                        message.f = reader.float();
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.i = reader.int64();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.s = reader.bytes();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.t = $root.onnx.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1, message.t);
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.g = $root.onnx.GraphProto.decode(reader, reader.size(), $undefined, _depth + 1, message.g);
                        continue;
                    }
                case 22: {
                        if (wireType !== 2)
                            break;
                        message.sparse_tensor = $root.onnx.SparseTensorProto.decode(reader, reader.size(), $undefined, _depth + 1, message.sparse_tensor);
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        message.tp = $root.onnx.TypeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.tp);
                        continue;
                    }
                case 7: {
                        if (wireType === 2) {
                            if (!(message.floats && message.floats.length))
                                message.floats = [];
                            reader.floats(message.floats);
                            continue;
                        }
                        if (wireType !== 5)
                            break;
                        if (!(message.floats && message.floats.length))
                            message.floats = [];
                        message.floats.push(reader.float());
                        continue;
                    }
                case 8: {
                        if (wireType === 2) {
                            if (!(message.ints && message.ints.length))
                                message.ints = [];
                            reader.int64s(message.ints);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.ints && message.ints.length))
                            message.ints = [];
                        message.ints.push(reader.int64());
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if (!(message.strings && message.strings.length))
                            message.strings = [];
                        message.strings.push(reader.bytes());
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if (!(message.tensors && message.tensors.length))
                            message.tensors = [];
                        message.tensors.push($root.onnx.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.graphs && message.graphs.length))
                            message.graphs = [];
                        message.graphs.push($root.onnx.GraphProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 23: {
                        if (wireType !== 2)
                            break;
                        if (!(message.sparse_tensors && message.sparse_tensors.length))
                            message.sparse_tensors = [];
                        message.sparse_tensors.push($root.onnx.SparseTensorProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if (!(message.type_protos && message.type_protos.length))
                            message.type_protos = [];
                        message.type_protos.push($root.onnx.TypeProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for AttributeProto
         * @function getTypeUrl
         * @memberof onnx.AttributeProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        AttributeProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.AttributeProto";
        };

        /**
         * AttributeType enum.
         * @name onnx.AttributeProto.AttributeType
         * @enum {number}
         * @property {number} UNDEFINED=0 UNDEFINED value
         * @property {number} FLOAT=1 FLOAT value
         * @property {number} INT=2 INT value
         * @property {number} STRING=3 STRING value
         * @property {number} TENSOR=4 TENSOR value
         * @property {number} GRAPH=5 GRAPH value
         * @property {number} SPARSE_TENSOR=11 SPARSE_TENSOR value
         * @property {number} TYPE_PROTO=13 TYPE_PROTO value
         * @property {number} FLOATS=6 FLOATS value
         * @property {number} INTS=7 INTS value
         * @property {number} STRINGS=8 STRINGS value
         * @property {number} TENSORS=9 TENSORS value
         * @property {number} GRAPHS=10 GRAPHS value
         * @property {number} SPARSE_TENSORS=12 SPARSE_TENSORS value
         * @property {number} TYPE_PROTOS=14 TYPE_PROTOS value
         */
        AttributeProto.AttributeType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNDEFINED"] = 0;
            values[valuesById[1] = "FLOAT"] = 1;
            values[valuesById[2] = "INT"] = 2;
            values[valuesById[3] = "STRING"] = 3;
            values[valuesById[4] = "TENSOR"] = 4;
            values[valuesById[5] = "GRAPH"] = 5;
            values[valuesById[11] = "SPARSE_TENSOR"] = 11;
            values[valuesById[13] = "TYPE_PROTO"] = 13;
            values[valuesById[6] = "FLOATS"] = 6;
            values[valuesById[7] = "INTS"] = 7;
            values[valuesById[8] = "STRINGS"] = 8;
            values[valuesById[9] = "TENSORS"] = 9;
            values[valuesById[10] = "GRAPHS"] = 10;
            values[valuesById[12] = "SPARSE_TENSORS"] = 12;
            values[valuesById[14] = "TYPE_PROTOS"] = 14;
            return values;
        })();

        return AttributeProto;
    })();

    onnx.ValueInfoProto = (function() {

        /**
         * Properties of a ValueInfoProto.
         * @typedef {Object} onnx.ValueInfoProto.$Properties
         * @property {string|null} [name] ValueInfoProto name
         * @property {onnx.TypeProto.$Properties|null} [type] ValueInfoProto type
         * @property {string|null} [doc_string] ValueInfoProto doc_string
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [metadata_props] ValueInfoProto metadata_props
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ValueInfoProto.
         * @memberof onnx
         * @interface IValueInfoProto
         * @augments onnx.ValueInfoProto.$Properties
         * @deprecated Use onnx.ValueInfoProto.$Properties instead.
         */

        /**
         * Shape of a ValueInfoProto.
         * @typedef {{
         *   name?: string|null;
         *   type?: onnx.TypeProto.$Shape|null;
         *   doc_string?: string|null;
         *   metadata_props?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.ValueInfoProto.$Shape
         */

        /**
         * Constructs a new ValueInfoProto.
         * @memberof onnx
         * @classdesc Represents a ValueInfoProto.
         * @constructor
         * @param {onnx.ValueInfoProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ValueInfoProto = function (properties) {
            this.metadata_props = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ValueInfoProto name.
         * @member {string} name
         * @memberof onnx.ValueInfoProto
         * @instance
         */
        ValueInfoProto.prototype.name = "";

        /**
         * ValueInfoProto type.
         * @member {onnx.TypeProto.$Properties|null|undefined} type
         * @memberof onnx.ValueInfoProto
         * @instance
         */
        ValueInfoProto.prototype.type = null;

        /**
         * ValueInfoProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.ValueInfoProto
         * @instance
         */
        ValueInfoProto.prototype.doc_string = "";

        /**
         * ValueInfoProto metadata_props.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} metadata_props
         * @memberof onnx.ValueInfoProto
         * @instance
         */
        ValueInfoProto.prototype.metadata_props = $util.emptyArray;

        /**
         * Encodes the specified ValueInfoProto message. Does not implicitly {@link onnx.ValueInfoProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {onnx.ValueInfoProto.$Properties} message ValueInfoProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ValueInfoProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                $root.onnx.TypeProto.encode(message.type, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.doc_string != null && $Object.hasOwnProperty.call(message, "doc_string"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.doc_string);
            if (message.metadata_props != null && message.metadata_props.length)
                for (let i = 0; i < message.metadata_props.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.metadata_props[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ValueInfoProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.ValueInfoProto & onnx.ValueInfoProto.$Shape} ValueInfoProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ValueInfoProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.ValueInfoProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.type = $root.onnx.TypeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.type);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.doc_string = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata_props && message.metadata_props.length))
                            message.metadata_props = [];
                        message.metadata_props.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ValueInfoProto
         * @function getTypeUrl
         * @memberof onnx.ValueInfoProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ValueInfoProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.ValueInfoProto";
        };

        return ValueInfoProto;
    })();

    onnx.NodeProto = (function() {

        /**
         * Properties of a NodeProto.
         * @typedef {Object} onnx.NodeProto.$Properties
         * @property {Array.<string>|null} [input] NodeProto input
         * @property {Array.<string>|null} [output] NodeProto output
         * @property {string|null} [name] NodeProto name
         * @property {string|null} [op_type] NodeProto op_type
         * @property {string|null} [domain] NodeProto domain
         * @property {string|null} [overload] NodeProto overload
         * @property {Array.<onnx.AttributeProto.$Properties>|null} [attribute] NodeProto attribute
         * @property {string|null} [doc_string] NodeProto doc_string
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [metadata_props] NodeProto metadata_props
         * @property {Array.<onnx.NodeDeviceConfigurationProto.$Properties>|null} [device_configurations] NodeProto device_configurations
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeProto.
         * @memberof onnx
         * @interface INodeProto
         * @augments onnx.NodeProto.$Properties
         * @deprecated Use onnx.NodeProto.$Properties instead.
         */

        /**
         * Shape of a NodeProto.
         * @typedef {{
         *   input?: Array.<string>|null;
         *   output?: Array.<string>|null;
         *   name?: string|null;
         *   op_type?: string|null;
         *   domain?: string|null;
         *   overload?: string|null;
         *   attribute?: Array.<onnx.AttributeProto.$Shape>|null;
         *   doc_string?: string|null;
         *   metadata_props?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   device_configurations?: Array.<onnx.NodeDeviceConfigurationProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.NodeProto.$Shape
         */

        /**
         * Constructs a new NodeProto.
         * @memberof onnx
         * @classdesc Represents a NodeProto.
         * @constructor
         * @param {onnx.NodeProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeProto = function (properties) {
            this.input = [];
            this.output = [];
            this.attribute = [];
            this.metadata_props = [];
            this.device_configurations = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NodeProto input.
         * @member {Array.<string>} input
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.input = $util.emptyArray;

        /**
         * NodeProto output.
         * @member {Array.<string>} output
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.output = $util.emptyArray;

        /**
         * NodeProto name.
         * @member {string} name
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.name = "";

        /**
         * NodeProto op_type.
         * @member {string} op_type
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.op_type = "";

        /**
         * NodeProto domain.
         * @member {string} domain
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.domain = "";

        /**
         * NodeProto overload.
         * @member {string} overload
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.overload = "";

        /**
         * NodeProto attribute.
         * @member {Array.<onnx.AttributeProto.$Properties>} attribute
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.attribute = $util.emptyArray;

        /**
         * NodeProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.doc_string = "";

        /**
         * NodeProto metadata_props.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} metadata_props
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.metadata_props = $util.emptyArray;

        /**
         * NodeProto device_configurations.
         * @member {Array.<onnx.NodeDeviceConfigurationProto.$Properties>} device_configurations
         * @memberof onnx.NodeProto
         * @instance
         */
        NodeProto.prototype.device_configurations = $util.emptyArray;

        /**
         * Encodes the specified NodeProto message. Does not implicitly {@link onnx.NodeProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.NodeProto
         * @static
         * @param {onnx.NodeProto.$Properties} message NodeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.input != null && message.input.length)
                for (let i = 0; i < message.input.length; ++i)
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.input[i]);
            if (message.output != null && message.output.length)
                for (let i = 0; i < message.output.length; ++i)
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.output[i]);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.name);
            if (message.op_type != null && $Object.hasOwnProperty.call(message, "op_type"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.op_type);
            if (message.attribute != null && message.attribute.length)
                for (let i = 0; i < message.attribute.length; ++i)
                    $root.onnx.AttributeProto.encode(message.attribute[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.doc_string != null && $Object.hasOwnProperty.call(message, "doc_string"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.doc_string);
            if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                writer.uint32(/* id 7, wireType 2 =*/58).string(message.domain);
            if (message.overload != null && $Object.hasOwnProperty.call(message, "overload"))
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.overload);
            if (message.metadata_props != null && message.metadata_props.length)
                for (let i = 0; i < message.metadata_props.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.metadata_props[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.device_configurations != null && message.device_configurations.length)
                for (let i = 0; i < message.device_configurations.length; ++i)
                    $root.onnx.NodeDeviceConfigurationProto.encode(message.device_configurations[i], writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a NodeProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.NodeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.NodeProto & onnx.NodeProto.$Shape} NodeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.NodeProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.input && message.input.length))
                            message.input = [];
                        message.input.push(reader.string());
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.output && message.output.length))
                            message.output = [];
                        message.output.push(reader.string());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.op_type = reader.string();
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.domain = reader.string();
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.overload = reader.string();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.attribute && message.attribute.length))
                            message.attribute = [];
                        message.attribute.push($root.onnx.AttributeProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.doc_string = reader.string();
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata_props && message.metadata_props.length))
                            message.metadata_props = [];
                        message.metadata_props.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        if (!(message.device_configurations && message.device_configurations.length))
                            message.device_configurations = [];
                        message.device_configurations.push($root.onnx.NodeDeviceConfigurationProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for NodeProto
         * @function getTypeUrl
         * @memberof onnx.NodeProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.NodeProto";
        };

        return NodeProto;
    })();

    onnx.IntIntListEntryProto = (function() {

        /**
         * Properties of an IntIntListEntryProto.
         * @typedef {Object} onnx.IntIntListEntryProto.$Properties
         * @property {number|Long|null} [key] IntIntListEntryProto key
         * @property {Array.<number|Long>|null} [value] IntIntListEntryProto value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an IntIntListEntryProto.
         * @memberof onnx
         * @interface IIntIntListEntryProto
         * @augments onnx.IntIntListEntryProto.$Properties
         * @deprecated Use onnx.IntIntListEntryProto.$Properties instead.
         */

        /**
         * Shape of an IntIntListEntryProto.
         * @typedef {onnx.IntIntListEntryProto.$Properties} onnx.IntIntListEntryProto.$Shape
         */

        /**
         * Constructs a new IntIntListEntryProto.
         * @memberof onnx
         * @classdesc Represents an IntIntListEntryProto.
         * @constructor
         * @param {onnx.IntIntListEntryProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const IntIntListEntryProto = function (properties) {
            this.value = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * IntIntListEntryProto key.
         * @member {number|Long} key
         * @memberof onnx.IntIntListEntryProto
         * @instance
         */
        IntIntListEntryProto.prototype.key = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * IntIntListEntryProto value.
         * @member {Array.<number|Long>} value
         * @memberof onnx.IntIntListEntryProto
         * @instance
         */
        IntIntListEntryProto.prototype.value = $util.emptyArray;

        /**
         * Encodes the specified IntIntListEntryProto message. Does not implicitly {@link onnx.IntIntListEntryProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.IntIntListEntryProto
         * @static
         * @param {onnx.IntIntListEntryProto.$Properties} message IntIntListEntryProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        IntIntListEntryProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.key);
            if (message.value != null && message.value.length)
                for (let i = 0; i < message.value.length; ++i)
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.value[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an IntIntListEntryProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.IntIntListEntryProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.IntIntListEntryProto & onnx.IntIntListEntryProto.$Shape} IntIntListEntryProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        IntIntListEntryProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.IntIntListEntryProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.key = reader.int64();
                        continue;
                    }
                case 2: {
                        if (wireType === 2) {
                            if (!(message.value && message.value.length))
                                message.value = [];
                            reader.int64s(message.value);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.value && message.value.length))
                            message.value = [];
                        message.value.push(reader.int64());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for IntIntListEntryProto
         * @function getTypeUrl
         * @memberof onnx.IntIntListEntryProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        IntIntListEntryProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.IntIntListEntryProto";
        };

        return IntIntListEntryProto;
    })();

    onnx.NodeDeviceConfigurationProto = (function() {

        /**
         * Properties of a NodeDeviceConfigurationProto.
         * @typedef {Object} onnx.NodeDeviceConfigurationProto.$Properties
         * @property {string|null} [configuration_id] NodeDeviceConfigurationProto configuration_id
         * @property {Array.<onnx.ShardingSpecProto.$Properties>|null} [sharding_spec] NodeDeviceConfigurationProto sharding_spec
         * @property {number|null} [pipeline_stage] NodeDeviceConfigurationProto pipeline_stage
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a NodeDeviceConfigurationProto.
         * @memberof onnx
         * @interface INodeDeviceConfigurationProto
         * @augments onnx.NodeDeviceConfigurationProto.$Properties
         * @deprecated Use onnx.NodeDeviceConfigurationProto.$Properties instead.
         */

        /**
         * Shape of a NodeDeviceConfigurationProto.
         * @typedef {{
         *   configuration_id?: string|null;
         *   sharding_spec?: Array.<onnx.ShardingSpecProto.$Shape>|null;
         *   pipeline_stage?: number|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.NodeDeviceConfigurationProto.$Shape
         */

        /**
         * Constructs a new NodeDeviceConfigurationProto.
         * @memberof onnx
         * @classdesc Represents a NodeDeviceConfigurationProto.
         * @constructor
         * @param {onnx.NodeDeviceConfigurationProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const NodeDeviceConfigurationProto = function (properties) {
            this.sharding_spec = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * NodeDeviceConfigurationProto configuration_id.
         * @member {string} configuration_id
         * @memberof onnx.NodeDeviceConfigurationProto
         * @instance
         */
        NodeDeviceConfigurationProto.prototype.configuration_id = "";

        /**
         * NodeDeviceConfigurationProto sharding_spec.
         * @member {Array.<onnx.ShardingSpecProto.$Properties>} sharding_spec
         * @memberof onnx.NodeDeviceConfigurationProto
         * @instance
         */
        NodeDeviceConfigurationProto.prototype.sharding_spec = $util.emptyArray;

        /**
         * NodeDeviceConfigurationProto pipeline_stage.
         * @member {number} pipeline_stage
         * @memberof onnx.NodeDeviceConfigurationProto
         * @instance
         */
        NodeDeviceConfigurationProto.prototype.pipeline_stage = 0;

        /**
         * Encodes the specified NodeDeviceConfigurationProto message. Does not implicitly {@link onnx.NodeDeviceConfigurationProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.NodeDeviceConfigurationProto
         * @static
         * @param {onnx.NodeDeviceConfigurationProto.$Properties} message NodeDeviceConfigurationProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        NodeDeviceConfigurationProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.configuration_id != null && $Object.hasOwnProperty.call(message, "configuration_id"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.configuration_id);
            if (message.sharding_spec != null && message.sharding_spec.length)
                for (let i = 0; i < message.sharding_spec.length; ++i)
                    $root.onnx.ShardingSpecProto.encode(message.sharding_spec[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.pipeline_stage != null && $Object.hasOwnProperty.call(message, "pipeline_stage"))
                writer.uint32(/* id 3, wireType 0 =*/24).int32(message.pipeline_stage);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a NodeDeviceConfigurationProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.NodeDeviceConfigurationProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.NodeDeviceConfigurationProto & onnx.NodeDeviceConfigurationProto.$Shape} NodeDeviceConfigurationProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        NodeDeviceConfigurationProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.NodeDeviceConfigurationProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.configuration_id = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.sharding_spec && message.sharding_spec.length))
                            message.sharding_spec = [];
                        message.sharding_spec.push($root.onnx.ShardingSpecProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.pipeline_stage = reader.int32();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for NodeDeviceConfigurationProto
         * @function getTypeUrl
         * @memberof onnx.NodeDeviceConfigurationProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        NodeDeviceConfigurationProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.NodeDeviceConfigurationProto";
        };

        return NodeDeviceConfigurationProto;
    })();

    onnx.ShardingSpecProto = (function() {

        /**
         * Properties of a ShardingSpecProto.
         * @typedef {Object} onnx.ShardingSpecProto.$Properties
         * @property {string|null} [tensor_name] ShardingSpecProto tensor_name
         * @property {Array.<number|Long>|null} [device] ShardingSpecProto device
         * @property {Array.<onnx.IntIntListEntryProto.$Properties>|null} [index_to_device_group_map] ShardingSpecProto index_to_device_group_map
         * @property {Array.<onnx.ShardedDimProto.$Properties>|null} [sharded_dim] ShardingSpecProto sharded_dim
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardingSpecProto.
         * @memberof onnx
         * @interface IShardingSpecProto
         * @augments onnx.ShardingSpecProto.$Properties
         * @deprecated Use onnx.ShardingSpecProto.$Properties instead.
         */

        /**
         * Shape of a ShardingSpecProto.
         * @typedef {{
         *   tensor_name?: string|null;
         *   device?: Array.<number|Long>|null;
         *   index_to_device_group_map?: Array.<onnx.IntIntListEntryProto.$Shape>|null;
         *   sharded_dim?: Array.<onnx.ShardedDimProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.ShardingSpecProto.$Shape
         */

        /**
         * Constructs a new ShardingSpecProto.
         * @memberof onnx
         * @classdesc Represents a ShardingSpecProto.
         * @constructor
         * @param {onnx.ShardingSpecProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardingSpecProto = function (properties) {
            this.device = [];
            this.index_to_device_group_map = [];
            this.sharded_dim = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ShardingSpecProto tensor_name.
         * @member {string} tensor_name
         * @memberof onnx.ShardingSpecProto
         * @instance
         */
        ShardingSpecProto.prototype.tensor_name = "";

        /**
         * ShardingSpecProto device.
         * @member {Array.<number|Long>} device
         * @memberof onnx.ShardingSpecProto
         * @instance
         */
        ShardingSpecProto.prototype.device = $util.emptyArray;

        /**
         * ShardingSpecProto index_to_device_group_map.
         * @member {Array.<onnx.IntIntListEntryProto.$Properties>} index_to_device_group_map
         * @memberof onnx.ShardingSpecProto
         * @instance
         */
        ShardingSpecProto.prototype.index_to_device_group_map = $util.emptyArray;

        /**
         * ShardingSpecProto sharded_dim.
         * @member {Array.<onnx.ShardedDimProto.$Properties>} sharded_dim
         * @memberof onnx.ShardingSpecProto
         * @instance
         */
        ShardingSpecProto.prototype.sharded_dim = $util.emptyArray;

        /**
         * Encodes the specified ShardingSpecProto message. Does not implicitly {@link onnx.ShardingSpecProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.ShardingSpecProto
         * @static
         * @param {onnx.ShardingSpecProto.$Properties} message ShardingSpecProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardingSpecProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tensor_name != null && $Object.hasOwnProperty.call(message, "tensor_name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.tensor_name);
            if (message.device != null && message.device.length)
                for (let i = 0; i < message.device.length; ++i)
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.device[i]);
            if (message.index_to_device_group_map != null && message.index_to_device_group_map.length)
                for (let i = 0; i < message.index_to_device_group_map.length; ++i)
                    $root.onnx.IntIntListEntryProto.encode(message.index_to_device_group_map[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.sharded_dim != null && message.sharded_dim.length)
                for (let i = 0; i < message.sharded_dim.length; ++i)
                    $root.onnx.ShardedDimProto.encode(message.sharded_dim[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ShardingSpecProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.ShardingSpecProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.ShardingSpecProto & onnx.ShardingSpecProto.$Shape} ShardingSpecProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardingSpecProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.ShardingSpecProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.tensor_name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType === 2) {
                            if (!(message.device && message.device.length))
                                message.device = [];
                            reader.int64s(message.device);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.device && message.device.length))
                            message.device = [];
                        message.device.push(reader.int64());
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.index_to_device_group_map && message.index_to_device_group_map.length))
                            message.index_to_device_group_map = [];
                        message.index_to_device_group_map.push($root.onnx.IntIntListEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.sharded_dim && message.sharded_dim.length))
                            message.sharded_dim = [];
                        message.sharded_dim.push($root.onnx.ShardedDimProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ShardingSpecProto
         * @function getTypeUrl
         * @memberof onnx.ShardingSpecProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardingSpecProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.ShardingSpecProto";
        };

        return ShardingSpecProto;
    })();

    onnx.ShardedDimProto = (function() {

        /**
         * Properties of a ShardedDimProto.
         * @typedef {Object} onnx.ShardedDimProto.$Properties
         * @property {number|Long|null} [axis] ShardedDimProto axis
         * @property {Array.<onnx.SimpleShardedDimProto.$Properties>|null} [simple_sharding] ShardedDimProto simple_sharding
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ShardedDimProto.
         * @memberof onnx
         * @interface IShardedDimProto
         * @augments onnx.ShardedDimProto.$Properties
         * @deprecated Use onnx.ShardedDimProto.$Properties instead.
         */

        /**
         * Shape of a ShardedDimProto.
         * @typedef {{
         *   axis?: number|Long|null;
         *   simple_sharding?: Array.<onnx.SimpleShardedDimProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.ShardedDimProto.$Shape
         */

        /**
         * Constructs a new ShardedDimProto.
         * @memberof onnx
         * @classdesc Represents a ShardedDimProto.
         * @constructor
         * @param {onnx.ShardedDimProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ShardedDimProto = function (properties) {
            this.simple_sharding = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ShardedDimProto axis.
         * @member {number|Long} axis
         * @memberof onnx.ShardedDimProto
         * @instance
         */
        ShardedDimProto.prototype.axis = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ShardedDimProto simple_sharding.
         * @member {Array.<onnx.SimpleShardedDimProto.$Properties>} simple_sharding
         * @memberof onnx.ShardedDimProto
         * @instance
         */
        ShardedDimProto.prototype.simple_sharding = $util.emptyArray;

        /**
         * Encodes the specified ShardedDimProto message. Does not implicitly {@link onnx.ShardedDimProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.ShardedDimProto
         * @static
         * @param {onnx.ShardedDimProto.$Properties} message ShardedDimProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ShardedDimProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.axis != null && $Object.hasOwnProperty.call(message, "axis"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.axis);
            if (message.simple_sharding != null && message.simple_sharding.length)
                for (let i = 0; i < message.simple_sharding.length; ++i)
                    $root.onnx.SimpleShardedDimProto.encode(message.simple_sharding[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ShardedDimProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.ShardedDimProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.ShardedDimProto & onnx.ShardedDimProto.$Shape} ShardedDimProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ShardedDimProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.ShardedDimProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.axis = reader.int64();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.simple_sharding && message.simple_sharding.length))
                            message.simple_sharding = [];
                        message.simple_sharding.push($root.onnx.SimpleShardedDimProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ShardedDimProto
         * @function getTypeUrl
         * @memberof onnx.ShardedDimProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ShardedDimProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.ShardedDimProto";
        };

        return ShardedDimProto;
    })();

    onnx.SimpleShardedDimProto = (function() {

        /**
         * Properties of a SimpleShardedDimProto.
         * @typedef {Object} onnx.SimpleShardedDimProto.$Properties
         * @property {number|Long|null} [dim_value] SimpleShardedDimProto dim_value
         * @property {string|null} [dim_param] SimpleShardedDimProto dim_param
         * @property {number|Long|null} [num_shards] SimpleShardedDimProto num_shards
         * @property {"dim_value"|"dim_param"} [dim] SimpleShardedDimProto dim
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SimpleShardedDimProto.
         * @memberof onnx
         * @interface ISimpleShardedDimProto
         * @augments onnx.SimpleShardedDimProto.$Properties
         * @deprecated Use onnx.SimpleShardedDimProto.$Properties instead.
         */

        /**
         * Narrowed shape of a SimpleShardedDimProto.
         * @typedef {{
         *   dim_value?: number|Long|null;
         *   dim_param?: string|null;
         *   num_shards?: number|Long|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ dim?: undefined; dim_value?: null; dim_param?: null }|{ dim?: "dim_value"; dim_value: number|Long; dim_param?: null }|{ dim?: "dim_param"; dim_value?: null; dim_param: string })
         * )} onnx.SimpleShardedDimProto.$Shape
         */

        /**
         * Constructs a new SimpleShardedDimProto.
         * @memberof onnx
         * @classdesc Represents a SimpleShardedDimProto.
         * @constructor
         * @param {onnx.SimpleShardedDimProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SimpleShardedDimProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SimpleShardedDimProto dim_value.
         * @member {number|Long|null|undefined} dim_value
         * @memberof onnx.SimpleShardedDimProto
         * @instance
         */
        SimpleShardedDimProto.prototype.dim_value = null;

        /**
         * SimpleShardedDimProto dim_param.
         * @member {string|null|undefined} dim_param
         * @memberof onnx.SimpleShardedDimProto
         * @instance
         */
        SimpleShardedDimProto.prototype.dim_param = null;

        /**
         * SimpleShardedDimProto num_shards.
         * @member {number|Long} num_shards
         * @memberof onnx.SimpleShardedDimProto
         * @instance
         */
        SimpleShardedDimProto.prototype.num_shards = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * SimpleShardedDimProto dim.
         * @member {"dim_value"|"dim_param"|undefined} dim
         * @memberof onnx.SimpleShardedDimProto
         * @instance
         */
        $Object.defineProperty(SimpleShardedDimProto.prototype, "dim", {
            get: $util.oneOfGetter($oneOfFields = ["dim_value", "dim_param"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified SimpleShardedDimProto message. Does not implicitly {@link onnx.SimpleShardedDimProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.SimpleShardedDimProto
         * @static
         * @param {onnx.SimpleShardedDimProto.$Properties} message SimpleShardedDimProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SimpleShardedDimProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dim_value != null && $Object.hasOwnProperty.call(message, "dim_value"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.dim_value);
            if (message.dim_param != null && $Object.hasOwnProperty.call(message, "dim_param"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.dim_param);
            if (message.num_shards != null && $Object.hasOwnProperty.call(message, "num_shards"))
                writer.uint32(/* id 3, wireType 0 =*/24).int64(message.num_shards);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SimpleShardedDimProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.SimpleShardedDimProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.SimpleShardedDimProto & onnx.SimpleShardedDimProto.$Shape} SimpleShardedDimProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SimpleShardedDimProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.SimpleShardedDimProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.dim_value = reader.int64();
                        message.dim = "dim_value";
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.dim_param = reader.string();
                        message.dim = "dim_param";
                        continue;
                    }
                case 3: {
                        if (wireType !== 0)
                            break;
                        message.num_shards = reader.int64();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for SimpleShardedDimProto
         * @function getTypeUrl
         * @memberof onnx.SimpleShardedDimProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SimpleShardedDimProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.SimpleShardedDimProto";
        };

        return SimpleShardedDimProto;
    })();

    onnx.TrainingInfoProto = (function() {

        /**
         * Properties of a TrainingInfoProto.
         * @typedef {Object} onnx.TrainingInfoProto.$Properties
         * @property {onnx.GraphProto.$Properties|null} [initialization] TrainingInfoProto initialization
         * @property {onnx.GraphProto.$Properties|null} [algorithm] TrainingInfoProto algorithm
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [initialization_binding] TrainingInfoProto initialization_binding
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [update_binding] TrainingInfoProto update_binding
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TrainingInfoProto.
         * @memberof onnx
         * @interface ITrainingInfoProto
         * @augments onnx.TrainingInfoProto.$Properties
         * @deprecated Use onnx.TrainingInfoProto.$Properties instead.
         */

        /**
         * Shape of a TrainingInfoProto.
         * @typedef {{
         *   initialization?: onnx.GraphProto.$Shape|null;
         *   algorithm?: onnx.GraphProto.$Shape|null;
         *   initialization_binding?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   update_binding?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.TrainingInfoProto.$Shape
         */

        /**
         * Constructs a new TrainingInfoProto.
         * @memberof onnx
         * @classdesc Represents a TrainingInfoProto.
         * @constructor
         * @param {onnx.TrainingInfoProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TrainingInfoProto = function (properties) {
            this.initialization_binding = [];
            this.update_binding = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TrainingInfoProto initialization.
         * @member {onnx.GraphProto.$Properties|null|undefined} initialization
         * @memberof onnx.TrainingInfoProto
         * @instance
         */
        TrainingInfoProto.prototype.initialization = null;

        /**
         * TrainingInfoProto algorithm.
         * @member {onnx.GraphProto.$Properties|null|undefined} algorithm
         * @memberof onnx.TrainingInfoProto
         * @instance
         */
        TrainingInfoProto.prototype.algorithm = null;

        /**
         * TrainingInfoProto initialization_binding.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} initialization_binding
         * @memberof onnx.TrainingInfoProto
         * @instance
         */
        TrainingInfoProto.prototype.initialization_binding = $util.emptyArray;

        /**
         * TrainingInfoProto update_binding.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} update_binding
         * @memberof onnx.TrainingInfoProto
         * @instance
         */
        TrainingInfoProto.prototype.update_binding = $util.emptyArray;

        /**
         * Encodes the specified TrainingInfoProto message. Does not implicitly {@link onnx.TrainingInfoProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.TrainingInfoProto
         * @static
         * @param {onnx.TrainingInfoProto.$Properties} message TrainingInfoProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TrainingInfoProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.initialization != null && $Object.hasOwnProperty.call(message, "initialization"))
                $root.onnx.GraphProto.encode(message.initialization, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.algorithm != null && $Object.hasOwnProperty.call(message, "algorithm"))
                $root.onnx.GraphProto.encode(message.algorithm, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.initialization_binding != null && message.initialization_binding.length)
                for (let i = 0; i < message.initialization_binding.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.initialization_binding[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.update_binding != null && message.update_binding.length)
                for (let i = 0; i < message.update_binding.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.update_binding[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TrainingInfoProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.TrainingInfoProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.TrainingInfoProto & onnx.TrainingInfoProto.$Shape} TrainingInfoProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TrainingInfoProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.TrainingInfoProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.initialization = $root.onnx.GraphProto.decode(reader, reader.size(), $undefined, _depth + 1, message.initialization);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.algorithm = $root.onnx.GraphProto.decode(reader, reader.size(), $undefined, _depth + 1, message.algorithm);
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.initialization_binding && message.initialization_binding.length))
                            message.initialization_binding = [];
                        message.initialization_binding.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.update_binding && message.update_binding.length))
                            message.update_binding = [];
                        message.update_binding.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for TrainingInfoProto
         * @function getTypeUrl
         * @memberof onnx.TrainingInfoProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TrainingInfoProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.TrainingInfoProto";
        };

        return TrainingInfoProto;
    })();

    onnx.ModelProto = (function() {

        /**
         * Properties of a ModelProto.
         * @typedef {Object} onnx.ModelProto.$Properties
         * @property {number|Long|null} [ir_version] ModelProto ir_version
         * @property {Array.<onnx.OperatorSetIdProto.$Properties>|null} [opset_import] ModelProto opset_import
         * @property {string|null} [producer_name] ModelProto producer_name
         * @property {string|null} [producer_version] ModelProto producer_version
         * @property {string|null} [domain] ModelProto domain
         * @property {number|Long|null} [model_version] ModelProto model_version
         * @property {string|null} [doc_string] ModelProto doc_string
         * @property {onnx.GraphProto.$Properties|null} [graph] ModelProto graph
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [metadata_props] ModelProto metadata_props
         * @property {Array.<onnx.TrainingInfoProto.$Properties>|null} [training_info] ModelProto training_info
         * @property {Array.<onnx.FunctionProto.$Properties>|null} [functions] ModelProto functions
         * @property {Array.<onnx.DeviceConfigurationProto.$Properties>|null} [configuration] ModelProto configuration
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a ModelProto.
         * @memberof onnx
         * @interface IModelProto
         * @augments onnx.ModelProto.$Properties
         * @deprecated Use onnx.ModelProto.$Properties instead.
         */

        /**
         * Shape of a ModelProto.
         * @typedef {{
         *   ir_version?: number|Long|null;
         *   opset_import?: Array.<onnx.OperatorSetIdProto.$Shape>|null;
         *   producer_name?: string|null;
         *   producer_version?: string|null;
         *   domain?: string|null;
         *   model_version?: number|Long|null;
         *   doc_string?: string|null;
         *   graph?: onnx.GraphProto.$Shape|null;
         *   metadata_props?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   training_info?: Array.<onnx.TrainingInfoProto.$Shape>|null;
         *   functions?: Array.<onnx.FunctionProto.$Shape>|null;
         *   configuration?: Array.<onnx.DeviceConfigurationProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.ModelProto.$Shape
         */

        /**
         * Constructs a new ModelProto.
         * @memberof onnx
         * @classdesc Represents a ModelProto.
         * @constructor
         * @param {onnx.ModelProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const ModelProto = function (properties) {
            this.opset_import = [];
            this.metadata_props = [];
            this.training_info = [];
            this.functions = [];
            this.configuration = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * ModelProto ir_version.
         * @member {number|Long} ir_version
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.ir_version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ModelProto opset_import.
         * @member {Array.<onnx.OperatorSetIdProto.$Properties>} opset_import
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.opset_import = $util.emptyArray;

        /**
         * ModelProto producer_name.
         * @member {string} producer_name
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.producer_name = "";

        /**
         * ModelProto producer_version.
         * @member {string} producer_version
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.producer_version = "";

        /**
         * ModelProto domain.
         * @member {string} domain
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.domain = "";

        /**
         * ModelProto model_version.
         * @member {number|Long} model_version
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.model_version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * ModelProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.doc_string = "";

        /**
         * ModelProto graph.
         * @member {onnx.GraphProto.$Properties|null|undefined} graph
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.graph = null;

        /**
         * ModelProto metadata_props.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} metadata_props
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.metadata_props = $util.emptyArray;

        /**
         * ModelProto training_info.
         * @member {Array.<onnx.TrainingInfoProto.$Properties>} training_info
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.training_info = $util.emptyArray;

        /**
         * ModelProto functions.
         * @member {Array.<onnx.FunctionProto.$Properties>} functions
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.functions = $util.emptyArray;

        /**
         * ModelProto configuration.
         * @member {Array.<onnx.DeviceConfigurationProto.$Properties>} configuration
         * @memberof onnx.ModelProto
         * @instance
         */
        ModelProto.prototype.configuration = $util.emptyArray;

        /**
         * Encodes the specified ModelProto message. Does not implicitly {@link onnx.ModelProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.ModelProto
         * @static
         * @param {onnx.ModelProto.$Properties} message ModelProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        ModelProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.ir_version != null && $Object.hasOwnProperty.call(message, "ir_version"))
                writer.uint32(/* id 1, wireType 0 =*/8).int64(message.ir_version);
            if (message.producer_name != null && $Object.hasOwnProperty.call(message, "producer_name"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.producer_name);
            if (message.producer_version != null && $Object.hasOwnProperty.call(message, "producer_version"))
                writer.uint32(/* id 3, wireType 2 =*/26).string(message.producer_version);
            if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                writer.uint32(/* id 4, wireType 2 =*/34).string(message.domain);
            if (message.model_version != null && $Object.hasOwnProperty.call(message, "model_version"))
                writer.uint32(/* id 5, wireType 0 =*/40).int64(message.model_version);
            if (message.doc_string != null && $Object.hasOwnProperty.call(message, "doc_string"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.doc_string);
            if (message.graph != null && $Object.hasOwnProperty.call(message, "graph"))
                $root.onnx.GraphProto.encode(message.graph, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.opset_import != null && message.opset_import.length)
                for (let i = 0; i < message.opset_import.length; ++i)
                    $root.onnx.OperatorSetIdProto.encode(message.opset_import[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.metadata_props != null && message.metadata_props.length)
                for (let i = 0; i < message.metadata_props.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.metadata_props[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
            if (message.training_info != null && message.training_info.length)
                for (let i = 0; i < message.training_info.length; ++i)
                    $root.onnx.TrainingInfoProto.encode(message.training_info[i], writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
            if (message.functions != null && message.functions.length)
                for (let i = 0; i < message.functions.length; ++i)
                    $root.onnx.FunctionProto.encode(message.functions[i], writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
            if (message.configuration != null && message.configuration.length)
                for (let i = 0; i < message.configuration.length; ++i)
                    $root.onnx.DeviceConfigurationProto.encode(message.configuration[i], writer.uint32(/* id 26, wireType 2 =*/210).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a ModelProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.ModelProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.ModelProto & onnx.ModelProto.$Shape} ModelProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        ModelProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.ModelProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 0)
                            break;
                        message.ir_version = reader.int64();
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        if (!(message.opset_import && message.opset_import.length))
                            message.opset_import = [];
                        message.opset_import.push($root.onnx.OperatorSetIdProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.producer_name = reader.string();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.producer_version = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.domain = reader.string();
                        continue;
                    }
                case 5: {
                        if (wireType !== 0)
                            break;
                        message.model_version = reader.int64();
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.doc_string = reader.string();
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.graph = $root.onnx.GraphProto.decode(reader, reader.size(), $undefined, _depth + 1, message.graph);
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata_props && message.metadata_props.length))
                            message.metadata_props = [];
                        message.metadata_props.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 20: {
                        if (wireType !== 2)
                            break;
                        if (!(message.training_info && message.training_info.length))
                            message.training_info = [];
                        message.training_info.push($root.onnx.TrainingInfoProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 25: {
                        if (wireType !== 2)
                            break;
                        if (!(message.functions && message.functions.length))
                            message.functions = [];
                        message.functions.push($root.onnx.FunctionProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 26: {
                        if (wireType !== 2)
                            break;
                        if (!(message.configuration && message.configuration.length))
                            message.configuration = [];
                        message.configuration.push($root.onnx.DeviceConfigurationProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for ModelProto
         * @function getTypeUrl
         * @memberof onnx.ModelProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        ModelProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.ModelProto";
        };

        return ModelProto;
    })();

    onnx.DeviceConfigurationProto = (function() {

        /**
         * Properties of a DeviceConfigurationProto.
         * @typedef {Object} onnx.DeviceConfigurationProto.$Properties
         * @property {string|null} [name] DeviceConfigurationProto name
         * @property {number|null} [num_devices] DeviceConfigurationProto num_devices
         * @property {Array.<string>|null} [device] DeviceConfigurationProto device
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a DeviceConfigurationProto.
         * @memberof onnx
         * @interface IDeviceConfigurationProto
         * @augments onnx.DeviceConfigurationProto.$Properties
         * @deprecated Use onnx.DeviceConfigurationProto.$Properties instead.
         */

        /**
         * Shape of a DeviceConfigurationProto.
         * @typedef {onnx.DeviceConfigurationProto.$Properties} onnx.DeviceConfigurationProto.$Shape
         */

        /**
         * Constructs a new DeviceConfigurationProto.
         * @memberof onnx
         * @classdesc Represents a DeviceConfigurationProto.
         * @constructor
         * @param {onnx.DeviceConfigurationProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const DeviceConfigurationProto = function (properties) {
            this.device = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * DeviceConfigurationProto name.
         * @member {string} name
         * @memberof onnx.DeviceConfigurationProto
         * @instance
         */
        DeviceConfigurationProto.prototype.name = "";

        /**
         * DeviceConfigurationProto num_devices.
         * @member {number} num_devices
         * @memberof onnx.DeviceConfigurationProto
         * @instance
         */
        DeviceConfigurationProto.prototype.num_devices = 0;

        /**
         * DeviceConfigurationProto device.
         * @member {Array.<string>} device
         * @memberof onnx.DeviceConfigurationProto
         * @instance
         */
        DeviceConfigurationProto.prototype.device = $util.emptyArray;

        /**
         * Encodes the specified DeviceConfigurationProto message. Does not implicitly {@link onnx.DeviceConfigurationProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.DeviceConfigurationProto
         * @static
         * @param {onnx.DeviceConfigurationProto.$Properties} message DeviceConfigurationProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        DeviceConfigurationProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.num_devices != null && $Object.hasOwnProperty.call(message, "num_devices"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.num_devices);
            if (message.device != null && message.device.length)
                for (let i = 0; i < message.device.length; ++i)
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.device[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a DeviceConfigurationProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.DeviceConfigurationProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.DeviceConfigurationProto & onnx.DeviceConfigurationProto.$Shape} DeviceConfigurationProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        DeviceConfigurationProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.DeviceConfigurationProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.num_devices = reader.int32();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        if (!(message.device && message.device.length))
                            message.device = [];
                        message.device.push(reader.string());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for DeviceConfigurationProto
         * @function getTypeUrl
         * @memberof onnx.DeviceConfigurationProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        DeviceConfigurationProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.DeviceConfigurationProto";
        };

        return DeviceConfigurationProto;
    })();

    onnx.StringStringEntryProto = (function() {

        /**
         * Properties of a StringStringEntryProto.
         * @typedef {Object} onnx.StringStringEntryProto.$Properties
         * @property {string|null} [key] StringStringEntryProto key
         * @property {string|null} [value] StringStringEntryProto value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a StringStringEntryProto.
         * @memberof onnx
         * @interface IStringStringEntryProto
         * @augments onnx.StringStringEntryProto.$Properties
         * @deprecated Use onnx.StringStringEntryProto.$Properties instead.
         */

        /**
         * Shape of a StringStringEntryProto.
         * @typedef {onnx.StringStringEntryProto.$Properties} onnx.StringStringEntryProto.$Shape
         */

        /**
         * Constructs a new StringStringEntryProto.
         * @memberof onnx
         * @classdesc Represents a StringStringEntryProto.
         * @constructor
         * @param {onnx.StringStringEntryProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const StringStringEntryProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * StringStringEntryProto key.
         * @member {string} key
         * @memberof onnx.StringStringEntryProto
         * @instance
         */
        StringStringEntryProto.prototype.key = "";

        /**
         * StringStringEntryProto value.
         * @member {string} value
         * @memberof onnx.StringStringEntryProto
         * @instance
         */
        StringStringEntryProto.prototype.value = "";

        /**
         * Encodes the specified StringStringEntryProto message. Does not implicitly {@link onnx.StringStringEntryProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {onnx.StringStringEntryProto.$Properties} message StringStringEntryProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        StringStringEntryProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.key != null && $Object.hasOwnProperty.call(message, "key"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.key);
            if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a StringStringEntryProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.StringStringEntryProto & onnx.StringStringEntryProto.$Shape} StringStringEntryProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        StringStringEntryProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.StringStringEntryProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.key = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.value = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for StringStringEntryProto
         * @function getTypeUrl
         * @memberof onnx.StringStringEntryProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        StringStringEntryProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.StringStringEntryProto";
        };

        return StringStringEntryProto;
    })();

    onnx.TensorAnnotation = (function() {

        /**
         * Properties of a TensorAnnotation.
         * @typedef {Object} onnx.TensorAnnotation.$Properties
         * @property {string|null} [tensor_name] TensorAnnotation tensor_name
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [quant_parameter_tensor_names] TensorAnnotation quant_parameter_tensor_names
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorAnnotation.
         * @memberof onnx
         * @interface ITensorAnnotation
         * @augments onnx.TensorAnnotation.$Properties
         * @deprecated Use onnx.TensorAnnotation.$Properties instead.
         */

        /**
         * Shape of a TensorAnnotation.
         * @typedef {onnx.TensorAnnotation.$Properties} onnx.TensorAnnotation.$Shape
         */

        /**
         * Constructs a new TensorAnnotation.
         * @memberof onnx
         * @classdesc Represents a TensorAnnotation.
         * @constructor
         * @param {onnx.TensorAnnotation.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorAnnotation = function (properties) {
            this.quant_parameter_tensor_names = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorAnnotation tensor_name.
         * @member {string} tensor_name
         * @memberof onnx.TensorAnnotation
         * @instance
         */
        TensorAnnotation.prototype.tensor_name = "";

        /**
         * TensorAnnotation quant_parameter_tensor_names.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} quant_parameter_tensor_names
         * @memberof onnx.TensorAnnotation
         * @instance
         */
        TensorAnnotation.prototype.quant_parameter_tensor_names = $util.emptyArray;

        /**
         * Encodes the specified TensorAnnotation message. Does not implicitly {@link onnx.TensorAnnotation.verify|verify} messages.
         * @function encode
         * @memberof onnx.TensorAnnotation
         * @static
         * @param {onnx.TensorAnnotation.$Properties} message TensorAnnotation message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorAnnotation.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tensor_name != null && $Object.hasOwnProperty.call(message, "tensor_name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.tensor_name);
            if (message.quant_parameter_tensor_names != null && message.quant_parameter_tensor_names.length)
                for (let i = 0; i < message.quant_parameter_tensor_names.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.quant_parameter_tensor_names[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TensorAnnotation message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.TensorAnnotation
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.TensorAnnotation & onnx.TensorAnnotation.$Shape} TensorAnnotation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorAnnotation.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.TensorAnnotation();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.tensor_name = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        if (!(message.quant_parameter_tensor_names && message.quant_parameter_tensor_names.length))
                            message.quant_parameter_tensor_names = [];
                        message.quant_parameter_tensor_names.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for TensorAnnotation
         * @function getTypeUrl
         * @memberof onnx.TensorAnnotation
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorAnnotation.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.TensorAnnotation";
        };

        return TensorAnnotation;
    })();

    onnx.GraphProto = (function() {

        /**
         * Properties of a GraphProto.
         * @typedef {Object} onnx.GraphProto.$Properties
         * @property {Array.<onnx.NodeProto.$Properties>|null} [node] GraphProto node
         * @property {string|null} [name] GraphProto name
         * @property {Array.<onnx.TensorProto.$Properties>|null} [initializer] GraphProto initializer
         * @property {Array.<onnx.SparseTensorProto.$Properties>|null} [sparse_initializer] GraphProto sparse_initializer
         * @property {string|null} [doc_string] GraphProto doc_string
         * @property {Array.<onnx.ValueInfoProto.$Properties>|null} [input] GraphProto input
         * @property {Array.<onnx.ValueInfoProto.$Properties>|null} [output] GraphProto output
         * @property {Array.<onnx.ValueInfoProto.$Properties>|null} [value_info] GraphProto value_info
         * @property {Array.<onnx.TensorAnnotation.$Properties>|null} [quantization_annotation] GraphProto quantization_annotation
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [metadata_props] GraphProto metadata_props
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a GraphProto.
         * @memberof onnx
         * @interface IGraphProto
         * @augments onnx.GraphProto.$Properties
         * @deprecated Use onnx.GraphProto.$Properties instead.
         */

        /**
         * Shape of a GraphProto.
         * @typedef {{
         *   node?: Array.<onnx.NodeProto.$Shape>|null;
         *   name?: string|null;
         *   initializer?: Array.<onnx.TensorProto.$Shape>|null;
         *   sparse_initializer?: Array.<onnx.SparseTensorProto.$Shape>|null;
         *   doc_string?: string|null;
         *   input?: Array.<onnx.ValueInfoProto.$Shape>|null;
         *   output?: Array.<onnx.ValueInfoProto.$Shape>|null;
         *   value_info?: Array.<onnx.ValueInfoProto.$Shape>|null;
         *   quantization_annotation?: Array.<onnx.TensorAnnotation.$Shape>|null;
         *   metadata_props?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.GraphProto.$Shape
         */

        /**
         * Constructs a new GraphProto.
         * @memberof onnx
         * @classdesc Represents a GraphProto.
         * @constructor
         * @param {onnx.GraphProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const GraphProto = function (properties) {
            this.node = [];
            this.initializer = [];
            this.sparse_initializer = [];
            this.input = [];
            this.output = [];
            this.value_info = [];
            this.quantization_annotation = [];
            this.metadata_props = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * GraphProto node.
         * @member {Array.<onnx.NodeProto.$Properties>} node
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.node = $util.emptyArray;

        /**
         * GraphProto name.
         * @member {string} name
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.name = "";

        /**
         * GraphProto initializer.
         * @member {Array.<onnx.TensorProto.$Properties>} initializer
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.initializer = $util.emptyArray;

        /**
         * GraphProto sparse_initializer.
         * @member {Array.<onnx.SparseTensorProto.$Properties>} sparse_initializer
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.sparse_initializer = $util.emptyArray;

        /**
         * GraphProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.doc_string = "";

        /**
         * GraphProto input.
         * @member {Array.<onnx.ValueInfoProto.$Properties>} input
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.input = $util.emptyArray;

        /**
         * GraphProto output.
         * @member {Array.<onnx.ValueInfoProto.$Properties>} output
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.output = $util.emptyArray;

        /**
         * GraphProto value_info.
         * @member {Array.<onnx.ValueInfoProto.$Properties>} value_info
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.value_info = $util.emptyArray;

        /**
         * GraphProto quantization_annotation.
         * @member {Array.<onnx.TensorAnnotation.$Properties>} quantization_annotation
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.quantization_annotation = $util.emptyArray;

        /**
         * GraphProto metadata_props.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} metadata_props
         * @memberof onnx.GraphProto
         * @instance
         */
        GraphProto.prototype.metadata_props = $util.emptyArray;

        /**
         * Encodes the specified GraphProto message. Does not implicitly {@link onnx.GraphProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.GraphProto
         * @static
         * @param {onnx.GraphProto.$Properties} message GraphProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        GraphProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.node != null && message.node.length)
                for (let i = 0; i < message.node.length; ++i)
                    $root.onnx.NodeProto.encode(message.node[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
            if (message.initializer != null && message.initializer.length)
                for (let i = 0; i < message.initializer.length; ++i)
                    $root.onnx.TensorProto.encode(message.initializer[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.doc_string != null && $Object.hasOwnProperty.call(message, "doc_string"))
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.doc_string);
            if (message.input != null && message.input.length)
                for (let i = 0; i < message.input.length; ++i)
                    $root.onnx.ValueInfoProto.encode(message.input[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.output != null && message.output.length)
                for (let i = 0; i < message.output.length; ++i)
                    $root.onnx.ValueInfoProto.encode(message.output[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.value_info != null && message.value_info.length)
                for (let i = 0; i < message.value_info.length; ++i)
                    $root.onnx.ValueInfoProto.encode(message.value_info[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
            if (message.quantization_annotation != null && message.quantization_annotation.length)
                for (let i = 0; i < message.quantization_annotation.length; ++i)
                    $root.onnx.TensorAnnotation.encode(message.quantization_annotation[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
            if (message.sparse_initializer != null && message.sparse_initializer.length)
                for (let i = 0; i < message.sparse_initializer.length; ++i)
                    $root.onnx.SparseTensorProto.encode(message.sparse_initializer[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
            if (message.metadata_props != null && message.metadata_props.length)
                for (let i = 0; i < message.metadata_props.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.metadata_props[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a GraphProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.GraphProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.GraphProto & onnx.GraphProto.$Shape} GraphProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        GraphProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.GraphProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.node && message.node.length))
                            message.node = [];
                        message.node.push($root.onnx.NodeProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.initializer && message.initializer.length))
                            message.initializer = [];
                        message.initializer.push($root.onnx.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 15: {
                        if (wireType !== 2)
                            break;
                        if (!(message.sparse_initializer && message.sparse_initializer.length))
                            message.sparse_initializer = [];
                        message.sparse_initializer.push($root.onnx.SparseTensorProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.doc_string = reader.string();
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.input && message.input.length))
                            message.input = [];
                        message.input.push($root.onnx.ValueInfoProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if (!(message.output && message.output.length))
                            message.output = [];
                        message.output.push($root.onnx.ValueInfoProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if (!(message.value_info && message.value_info.length))
                            message.value_info = [];
                        message.value_info.push($root.onnx.ValueInfoProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if (!(message.quantization_annotation && message.quantization_annotation.length))
                            message.quantization_annotation = [];
                        message.quantization_annotation.push($root.onnx.TensorAnnotation.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata_props && message.metadata_props.length))
                            message.metadata_props = [];
                        message.metadata_props.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for GraphProto
         * @function getTypeUrl
         * @memberof onnx.GraphProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        GraphProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.GraphProto";
        };

        return GraphProto;
    })();

    onnx.TensorProto = (function() {

        /**
         * Properties of a TensorProto.
         * @typedef {Object} onnx.TensorProto.$Properties
         * @property {Array.<number|Long>|null} [dims] TensorProto dims
         * @property {number|null} [data_type] TensorProto data_type
         * @property {onnx.TensorProto.Segment.$Properties|null} [segment] TensorProto segment
         * @property {Array.<number>|null} [float_data] TensorProto float_data
         * @property {Array.<number>|null} [int32_data] TensorProto int32_data
         * @property {Array.<Uint8Array>|null} [string_data] TensorProto string_data
         * @property {Array.<number|Long>|null} [int64_data] TensorProto int64_data
         * @property {string|null} [name] TensorProto name
         * @property {string|null} [doc_string] TensorProto doc_string
         * @property {Uint8Array|null} [raw_data] TensorProto raw_data
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [external_data] TensorProto external_data
         * @property {onnx.TensorProto.DataLocation|null} [data_location] TensorProto data_location
         * @property {Array.<number>|null} [double_data] TensorProto double_data
         * @property {Array.<number|Long>|null} [uint64_data] TensorProto uint64_data
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [metadata_props] TensorProto metadata_props
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorProto.
         * @memberof onnx
         * @interface ITensorProto
         * @augments onnx.TensorProto.$Properties
         * @deprecated Use onnx.TensorProto.$Properties instead.
         */

        /**
         * Shape of a TensorProto.
         * @typedef {onnx.TensorProto.$Properties} onnx.TensorProto.$Shape
         */

        /**
         * Constructs a new TensorProto.
         * @memberof onnx
         * @classdesc Represents a TensorProto.
         * @constructor
         * @param {onnx.TensorProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorProto = function (properties) {
            this.dims = [];
            this.float_data = [];
            this.int32_data = [];
            this.string_data = [];
            this.int64_data = [];
            this.external_data = [];
            this.double_data = [];
            this.uint64_data = [];
            this.metadata_props = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorProto dims.
         * @member {Array.<number|Long>} dims
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.dims = $util.emptyArray;

        /**
         * TensorProto data_type.
         * @member {number} data_type
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.data_type = 0;

        /**
         * TensorProto segment.
         * @member {onnx.TensorProto.Segment.$Properties|null|undefined} segment
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.segment = null;

        /**
         * TensorProto float_data.
         * @member {Array.<number>} float_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.float_data = $util.emptyArray;

        /**
         * TensorProto int32_data.
         * @member {Array.<number>} int32_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.int32_data = $util.emptyArray;

        /**
         * TensorProto string_data.
         * @member {Array.<Uint8Array>} string_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.string_data = $util.emptyArray;

        /**
         * TensorProto int64_data.
         * @member {Array.<number|Long>} int64_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.int64_data = $util.emptyArray;

        /**
         * TensorProto name.
         * @member {string} name
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.name = "";

        /**
         * TensorProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.doc_string = "";

        /**
         * TensorProto raw_data.
         * @member {Uint8Array} raw_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.raw_data = $util.newBuffer([]);

        /**
         * TensorProto external_data.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} external_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.external_data = $util.emptyArray;

        /**
         * TensorProto data_location.
         * @member {onnx.TensorProto.DataLocation} data_location
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.data_location = 0;

        /**
         * TensorProto double_data.
         * @member {Array.<number>} double_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.double_data = $util.emptyArray;

        /**
         * TensorProto uint64_data.
         * @member {Array.<number|Long>} uint64_data
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.uint64_data = $util.emptyArray;

        /**
         * TensorProto metadata_props.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} metadata_props
         * @memberof onnx.TensorProto
         * @instance
         */
        TensorProto.prototype.metadata_props = $util.emptyArray;

        /**
         * Encodes the specified TensorProto message. Does not implicitly {@link onnx.TensorProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.TensorProto
         * @static
         * @param {onnx.TensorProto.$Properties} message TensorProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dims != null && message.dims.length)
                for (let i = 0; i < message.dims.length; ++i)
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.dims[i]);
            if (message.data_type != null && $Object.hasOwnProperty.call(message, "data_type"))
                writer.uint32(/* id 2, wireType 0 =*/16).int32(message.data_type);
            if (message.segment != null && $Object.hasOwnProperty.call(message, "segment"))
                $root.onnx.TensorProto.Segment.encode(message.segment, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
            if (message.float_data != null && message.float_data.length)
                writer.uint32(/* id 4, wireType 2 =*/34).floats(message.float_data);
            if (message.int32_data != null && message.int32_data.length)
                writer.uint32(/* id 5, wireType 2 =*/42).int32s(message.int32_data);
            if (message.string_data != null && message.string_data.length)
                for (let i = 0; i < message.string_data.length; ++i)
                    writer.uint32(/* id 6, wireType 2 =*/50).bytes(message.string_data[i]);
            if (message.int64_data != null && message.int64_data.length)
                writer.uint32(/* id 7, wireType 2 =*/58).int64s(message.int64_data);
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.name);
            if (message.raw_data != null && $Object.hasOwnProperty.call(message, "raw_data"))
                writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.raw_data);
            if (message.double_data != null && message.double_data.length)
                writer.uint32(/* id 10, wireType 2 =*/82).doubles(message.double_data);
            if (message.uint64_data != null && message.uint64_data.length)
                writer.uint32(/* id 11, wireType 2 =*/90).uint64s(message.uint64_data);
            if (message.doc_string != null && $Object.hasOwnProperty.call(message, "doc_string"))
                writer.uint32(/* id 12, wireType 2 =*/98).string(message.doc_string);
            if (message.external_data != null && message.external_data.length)
                for (let i = 0; i < message.external_data.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.external_data[i], writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
            if (message.data_location != null && $Object.hasOwnProperty.call(message, "data_location"))
                writer.uint32(/* id 14, wireType 0 =*/112).int32(message.data_location);
            if (message.metadata_props != null && message.metadata_props.length)
                for (let i = 0; i < message.metadata_props.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.metadata_props[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TensorProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.TensorProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.TensorProto & onnx.TensorProto.$Shape} TensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message, value;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.TensorProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType === 2) {
                            if (!(message.dims && message.dims.length))
                                message.dims = [];
                            reader.int64s(message.dims);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.dims && message.dims.length))
                            message.dims = [];
                        message.dims.push(reader.int64());
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.data_type = reader.int32();
                        continue;
                    }
                case 3: {
                        if (wireType !== 2)
                            break;
                        message.segment = $root.onnx.TensorProto.Segment.decode(reader, reader.size(), $undefined, _depth + 1, message.segment);
                        continue;
                    }
                case 4: {
                        if (wireType === 2) {
                            if (!(message.float_data && message.float_data.length))
                                message.float_data = [];
                            reader.floats(message.float_data);
                            continue;
                        }
                        if (wireType !== 5)
                            break;
                        if (!(message.float_data && message.float_data.length))
                            message.float_data = [];
                        message.float_data.push(reader.float());
                        continue;
                    }
                case 5: {
                        if (wireType === 2) {
                            if (!(message.int32_data && message.int32_data.length))
                                message.int32_data = [];
                            reader.int32s(message.int32_data);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.int32_data && message.int32_data.length))
                            message.int32_data = [];
                        message.int32_data.push(reader.int32());
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.string_data && message.string_data.length))
                            message.string_data = [];
                        message.string_data.push(reader.bytes());
                        continue;
                    }
                case 7: {
                        if (wireType === 2) {
                            if (!(message.int64_data && message.int64_data.length))
                                message.int64_data = [];
                            reader.int64s(message.int64_data);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.int64_data && message.int64_data.length))
                            message.int64_data = [];
                        message.int64_data.push(reader.int64());
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        message.doc_string = reader.string();
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.raw_data = reader.bytes();
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        if (!(message.external_data && message.external_data.length))
                            message.external_data = [];
                        message.external_data.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 14: {
                        if (wireType !== 0)
                            break;
                        value = reader.int32();
                        if ($root.onnx.TensorProto.DataLocation[value] !== $undefined)
                            message.data_location = value;
                        else if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                        continue;
                    }
                case 10: {
                        if (wireType === 2) {
                            if (!(message.double_data && message.double_data.length))
                                message.double_data = [];
                            reader.doubles(message.double_data);
                            continue;
                        }
                        if (wireType !== 1)
                            break;
                        if (!(message.double_data && message.double_data.length))
                            message.double_data = [];
                        message.double_data.push(reader.double());
                        continue;
                    }
                case 11: {
                        if (wireType === 2) {
                            if (!(message.uint64_data && message.uint64_data.length))
                                message.uint64_data = [];
                            reader.uint64s(message.uint64_data);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.uint64_data && message.uint64_data.length))
                            message.uint64_data = [];
                        message.uint64_data.push(reader.uint64());
                        continue;
                    }
                case 16: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata_props && message.metadata_props.length))
                            message.metadata_props = [];
                        message.metadata_props.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for TensorProto
         * @function getTypeUrl
         * @memberof onnx.TensorProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.TensorProto";
        };

        /**
         * DataType enum.
         * @name onnx.TensorProto.DataType
         * @enum {number}
         * @property {number} UNDEFINED=0 UNDEFINED value
         * @property {number} FLOAT=1 FLOAT value
         * @property {number} UINT8=2 UINT8 value
         * @property {number} INT8=3 INT8 value
         * @property {number} UINT16=4 UINT16 value
         * @property {number} INT16=5 INT16 value
         * @property {number} INT32=6 INT32 value
         * @property {number} INT64=7 INT64 value
         * @property {number} STRING=8 STRING value
         * @property {number} BOOL=9 BOOL value
         * @property {number} FLOAT16=10 FLOAT16 value
         * @property {number} DOUBLE=11 DOUBLE value
         * @property {number} UINT32=12 UINT32 value
         * @property {number} UINT64=13 UINT64 value
         * @property {number} COMPLEX64=14 COMPLEX64 value
         * @property {number} COMPLEX128=15 COMPLEX128 value
         * @property {number} BFLOAT16=16 BFLOAT16 value
         * @property {number} FLOAT8E4M3FN=17 FLOAT8E4M3FN value
         * @property {number} FLOAT8E4M3FNUZ=18 FLOAT8E4M3FNUZ value
         * @property {number} FLOAT8E5M2=19 FLOAT8E5M2 value
         * @property {number} FLOAT8E5M2FNUZ=20 FLOAT8E5M2FNUZ value
         * @property {number} UINT4=21 UINT4 value
         * @property {number} INT4=22 INT4 value
         * @property {number} FLOAT4E2M1=23 FLOAT4E2M1 value
         * @property {number} FLOAT8E8M0=24 FLOAT8E8M0 value
         * @property {number} UINT2=25 UINT2 value
         * @property {number} INT2=26 INT2 value
         */
        TensorProto.DataType = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UNDEFINED"] = 0;
            values[valuesById[1] = "FLOAT"] = 1;
            values[valuesById[2] = "UINT8"] = 2;
            values[valuesById[3] = "INT8"] = 3;
            values[valuesById[4] = "UINT16"] = 4;
            values[valuesById[5] = "INT16"] = 5;
            values[valuesById[6] = "INT32"] = 6;
            values[valuesById[7] = "INT64"] = 7;
            values[valuesById[8] = "STRING"] = 8;
            values[valuesById[9] = "BOOL"] = 9;
            values[valuesById[10] = "FLOAT16"] = 10;
            values[valuesById[11] = "DOUBLE"] = 11;
            values[valuesById[12] = "UINT32"] = 12;
            values[valuesById[13] = "UINT64"] = 13;
            values[valuesById[14] = "COMPLEX64"] = 14;
            values[valuesById[15] = "COMPLEX128"] = 15;
            values[valuesById[16] = "BFLOAT16"] = 16;
            values[valuesById[17] = "FLOAT8E4M3FN"] = 17;
            values[valuesById[18] = "FLOAT8E4M3FNUZ"] = 18;
            values[valuesById[19] = "FLOAT8E5M2"] = 19;
            values[valuesById[20] = "FLOAT8E5M2FNUZ"] = 20;
            values[valuesById[21] = "UINT4"] = 21;
            values[valuesById[22] = "INT4"] = 22;
            values[valuesById[23] = "FLOAT4E2M1"] = 23;
            values[valuesById[24] = "FLOAT8E8M0"] = 24;
            values[valuesById[25] = "UINT2"] = 25;
            values[valuesById[26] = "INT2"] = 26;
            return values;
        })();

        TensorProto.Segment = (function() {

            /**
             * Properties of a Segment.
             * @typedef {Object} onnx.TensorProto.Segment.$Properties
             * @property {number|Long|null} [begin] Segment begin
             * @property {number|Long|null} [end] Segment end
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Segment.
             * @memberof onnx.TensorProto
             * @interface ISegment
             * @augments onnx.TensorProto.Segment.$Properties
             * @deprecated Use onnx.TensorProto.Segment.$Properties instead.
             */

            /**
             * Shape of a Segment.
             * @typedef {onnx.TensorProto.Segment.$Properties} onnx.TensorProto.Segment.$Shape
             */

            /**
             * Constructs a new Segment.
             * @memberof onnx.TensorProto
             * @classdesc Represents a Segment.
             * @constructor
             * @param {onnx.TensorProto.Segment.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Segment = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Segment begin.
             * @member {number|Long} begin
             * @memberof onnx.TensorProto.Segment
             * @instance
             */
            Segment.prototype.begin = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Segment end.
             * @member {number|Long} end
             * @memberof onnx.TensorProto.Segment
             * @instance
             */
            Segment.prototype.end = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Encodes the specified Segment message. Does not implicitly {@link onnx.TensorProto.Segment.verify|verify} messages.
             * @function encode
             * @memberof onnx.TensorProto.Segment
             * @static
             * @param {onnx.TensorProto.Segment.$Properties} message Segment message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Segment.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.begin != null && $Object.hasOwnProperty.call(message, "begin"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.begin);
                if (message.end != null && $Object.hasOwnProperty.call(message, "end"))
                    writer.uint32(/* id 2, wireType 0 =*/16).int64(message.end);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Segment message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TensorProto.Segment
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TensorProto.Segment & onnx.TensorProto.Segment.$Shape} Segment
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Segment.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TensorProto.Segment();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.begin = reader.int64();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.end = reader.int64();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Segment
             * @function getTypeUrl
             * @memberof onnx.TensorProto.Segment
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Segment.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TensorProto.Segment";
            };

            return Segment;
        })();

        /**
         * DataLocation enum.
         * @name onnx.TensorProto.DataLocation
         * @enum {number}
         * @property {number} DEFAULT=0 DEFAULT value
         * @property {number} EXTERNAL=1 EXTERNAL value
         */
        TensorProto.DataLocation = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DEFAULT"] = 0;
            values[valuesById[1] = "EXTERNAL"] = 1;
            return values;
        })();

        return TensorProto;
    })();

    onnx.SparseTensorProto = (function() {

        /**
         * Properties of a SparseTensorProto.
         * @typedef {Object} onnx.SparseTensorProto.$Properties
         * @property {onnx.TensorProto.$Properties|null} [values] SparseTensorProto values
         * @property {onnx.TensorProto.$Properties|null} [indices] SparseTensorProto indices
         * @property {Array.<number|Long>|null} [dims] SparseTensorProto dims
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a SparseTensorProto.
         * @memberof onnx
         * @interface ISparseTensorProto
         * @augments onnx.SparseTensorProto.$Properties
         * @deprecated Use onnx.SparseTensorProto.$Properties instead.
         */

        /**
         * Shape of a SparseTensorProto.
         * @typedef {onnx.SparseTensorProto.$Properties} onnx.SparseTensorProto.$Shape
         */

        /**
         * Constructs a new SparseTensorProto.
         * @memberof onnx
         * @classdesc Represents a SparseTensorProto.
         * @constructor
         * @param {onnx.SparseTensorProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const SparseTensorProto = function (properties) {
            this.dims = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * SparseTensorProto values.
         * @member {onnx.TensorProto.$Properties|null|undefined} values
         * @memberof onnx.SparseTensorProto
         * @instance
         */
        SparseTensorProto.prototype.values = null;

        /**
         * SparseTensorProto indices.
         * @member {onnx.TensorProto.$Properties|null|undefined} indices
         * @memberof onnx.SparseTensorProto
         * @instance
         */
        SparseTensorProto.prototype.indices = null;

        /**
         * SparseTensorProto dims.
         * @member {Array.<number|Long>} dims
         * @memberof onnx.SparseTensorProto
         * @instance
         */
        SparseTensorProto.prototype.dims = $util.emptyArray;

        /**
         * Encodes the specified SparseTensorProto message. Does not implicitly {@link onnx.SparseTensorProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.SparseTensorProto
         * @static
         * @param {onnx.SparseTensorProto.$Properties} message SparseTensorProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        SparseTensorProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.values != null && $Object.hasOwnProperty.call(message, "values"))
                $root.onnx.TensorProto.encode(message.values, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.indices != null && $Object.hasOwnProperty.call(message, "indices"))
                $root.onnx.TensorProto.encode(message.indices, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
            if (message.dims != null && message.dims.length)
                for (let i = 0; i < message.dims.length; ++i)
                    writer.uint32(/* id 3, wireType 0 =*/24).int64(message.dims[i]);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a SparseTensorProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.SparseTensorProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.SparseTensorProto & onnx.SparseTensorProto.$Shape} SparseTensorProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        SparseTensorProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.SparseTensorProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.values = $root.onnx.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1, message.values);
                        continue;
                    }
                case 2: {
                        if (wireType !== 2)
                            break;
                        message.indices = $root.onnx.TensorProto.decode(reader, reader.size(), $undefined, _depth + 1, message.indices);
                        continue;
                    }
                case 3: {
                        if (wireType === 2) {
                            if (!(message.dims && message.dims.length))
                                message.dims = [];
                            reader.int64s(message.dims);
                            continue;
                        }
                        if (wireType !== 0)
                            break;
                        if (!(message.dims && message.dims.length))
                            message.dims = [];
                        message.dims.push(reader.int64());
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for SparseTensorProto
         * @function getTypeUrl
         * @memberof onnx.SparseTensorProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        SparseTensorProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.SparseTensorProto";
        };

        return SparseTensorProto;
    })();

    onnx.TensorShapeProto = (function() {

        /**
         * Properties of a TensorShapeProto.
         * @typedef {Object} onnx.TensorShapeProto.$Properties
         * @property {Array.<onnx.TensorShapeProto.Dimension.$Properties>|null} [dim] TensorShapeProto dim
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TensorShapeProto.
         * @memberof onnx
         * @interface ITensorShapeProto
         * @augments onnx.TensorShapeProto.$Properties
         * @deprecated Use onnx.TensorShapeProto.$Properties instead.
         */

        /**
         * Shape of a TensorShapeProto.
         * @typedef {{
         *   dim?: Array.<onnx.TensorShapeProto.Dimension.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.TensorShapeProto.$Shape
         */

        /**
         * Constructs a new TensorShapeProto.
         * @memberof onnx
         * @classdesc Represents a TensorShapeProto.
         * @constructor
         * @param {onnx.TensorShapeProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TensorShapeProto = function (properties) {
            this.dim = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TensorShapeProto dim.
         * @member {Array.<onnx.TensorShapeProto.Dimension.$Properties>} dim
         * @memberof onnx.TensorShapeProto
         * @instance
         */
        TensorShapeProto.prototype.dim = $util.emptyArray;

        /**
         * Encodes the specified TensorShapeProto message. Does not implicitly {@link onnx.TensorShapeProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {onnx.TensorShapeProto.$Properties} message TensorShapeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TensorShapeProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.dim != null && message.dim.length)
                for (let i = 0; i < message.dim.length; ++i)
                    $root.onnx.TensorShapeProto.Dimension.encode(message.dim[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TensorShapeProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.TensorShapeProto & onnx.TensorShapeProto.$Shape} TensorShapeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TensorShapeProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.TensorShapeProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        if (!(message.dim && message.dim.length))
                            message.dim = [];
                        message.dim.push($root.onnx.TensorShapeProto.Dimension.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for TensorShapeProto
         * @function getTypeUrl
         * @memberof onnx.TensorShapeProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TensorShapeProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.TensorShapeProto";
        };

        TensorShapeProto.Dimension = (function() {

            /**
             * Properties of a Dimension.
             * @typedef {Object} onnx.TensorShapeProto.Dimension.$Properties
             * @property {number|Long|null} [dim_value] Dimension dim_value
             * @property {string|null} [dim_param] Dimension dim_param
             * @property {string|null} [denotation] Dimension denotation
             * @property {"dim_value"|"dim_param"} [value] Dimension value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Dimension.
             * @memberof onnx.TensorShapeProto
             * @interface IDimension
             * @augments onnx.TensorShapeProto.Dimension.$Properties
             * @deprecated Use onnx.TensorShapeProto.Dimension.$Properties instead.
             */

            /**
             * Narrowed shape of a Dimension.
             * @typedef {{
             *   dim_value?: number|Long|null;
             *   dim_param?: string|null;
             *   denotation?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ value?: undefined; dim_value?: null; dim_param?: null }|{ value?: "dim_value"; dim_value: number|Long; dim_param?: null }|{ value?: "dim_param"; dim_value?: null; dim_param: string })
             * )} onnx.TensorShapeProto.Dimension.$Shape
             */

            /**
             * Constructs a new Dimension.
             * @memberof onnx.TensorShapeProto
             * @classdesc Represents a Dimension.
             * @constructor
             * @param {onnx.TensorShapeProto.Dimension.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Dimension = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Dimension dim_value.
             * @member {number|Long|null|undefined} dim_value
             * @memberof onnx.TensorShapeProto.Dimension
             * @instance
             */
            Dimension.prototype.dim_value = null;

            /**
             * Dimension dim_param.
             * @member {string|null|undefined} dim_param
             * @memberof onnx.TensorShapeProto.Dimension
             * @instance
             */
            Dimension.prototype.dim_param = null;

            /**
             * Dimension denotation.
             * @member {string} denotation
             * @memberof onnx.TensorShapeProto.Dimension
             * @instance
             */
            Dimension.prototype.denotation = "";

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Dimension value.
             * @member {"dim_value"|"dim_param"|undefined} value
             * @memberof onnx.TensorShapeProto.Dimension
             * @instance
             */
            $Object.defineProperty(Dimension.prototype, "value", {
                get: $util.oneOfGetter($oneOfFields = ["dim_value", "dim_param"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Encodes the specified Dimension message. Does not implicitly {@link onnx.TensorShapeProto.Dimension.verify|verify} messages.
             * @function encode
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {onnx.TensorShapeProto.Dimension.$Properties} message Dimension message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Dimension.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.dim_value != null && $Object.hasOwnProperty.call(message, "dim_value"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int64(message.dim_value);
                if (message.dim_param != null && $Object.hasOwnProperty.call(message, "dim_param"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.dim_param);
                if (message.denotation != null && $Object.hasOwnProperty.call(message, "denotation"))
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.denotation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Dimension message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TensorShapeProto.Dimension & onnx.TensorShapeProto.Dimension.$Shape} Dimension
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Dimension.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TensorShapeProto.Dimension();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.dim_value = reader.int64();
                            message.value = "dim_value";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.dim_param = reader.string();
                            message.value = "dim_param";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.denotation = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Dimension
             * @function getTypeUrl
             * @memberof onnx.TensorShapeProto.Dimension
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Dimension.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TensorShapeProto.Dimension";
            };

            return Dimension;
        })();

        return TensorShapeProto;
    })();

    onnx.TypeProto = (function() {

        /**
         * Properties of a TypeProto.
         * @typedef {Object} onnx.TypeProto.$Properties
         * @property {onnx.TypeProto.Tensor.$Properties|null} [tensor_type] TypeProto tensor_type
         * @property {onnx.TypeProto.Sequence.$Properties|null} [sequence_type] TypeProto sequence_type
         * @property {onnx.TypeProto.Map.$Properties|null} [map_type] TypeProto map_type
         * @property {onnx.TypeProto.Optional.$Properties|null} [optional_type] TypeProto optional_type
         * @property {onnx.TypeProto.SparseTensor.$Properties|null} [sparse_tensor_type] TypeProto sparse_tensor_type
         * @property {onnx.TypeProto.Opaque.$Properties|null} [opaque_type] TypeProto opaque_type
         * @property {string|null} [denotation] TypeProto denotation
         * @property {"tensor_type"|"sequence_type"|"map_type"|"optional_type"|"sparse_tensor_type"|"opaque_type"} [value] TypeProto value
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a TypeProto.
         * @memberof onnx
         * @interface ITypeProto
         * @augments onnx.TypeProto.$Properties
         * @deprecated Use onnx.TypeProto.$Properties instead.
         */

        /**
         * Narrowed shape of a TypeProto.
         * @typedef {{
         *   tensor_type?: onnx.TypeProto.Tensor.$Shape|null;
         *   sequence_type?: onnx.TypeProto.Sequence.$Shape|null;
         *   map_type?: onnx.TypeProto.Map.$Shape|null;
         *   optional_type?: onnx.TypeProto.Optional.$Shape|null;
         *   sparse_tensor_type?: onnx.TypeProto.SparseTensor.$Shape|null;
         *   opaque_type?: onnx.TypeProto.Opaque.$Shape|null;
         *   denotation?: string|null;
         *   $unknowns?: Array.<Uint8Array>;
         * } & (
         *   ({ value?: undefined; tensor_type?: null; sequence_type?: null; map_type?: null; optional_type?: null; sparse_tensor_type?: null; opaque_type?: null }|{ value?: "tensor_type"; tensor_type: onnx.TypeProto.Tensor.$Shape; sequence_type?: null; map_type?: null; optional_type?: null; sparse_tensor_type?: null; opaque_type?: null }|{ value?: "sequence_type"; tensor_type?: null; sequence_type: onnx.TypeProto.Sequence.$Shape; map_type?: null; optional_type?: null; sparse_tensor_type?: null; opaque_type?: null }|{ value?: "map_type"; tensor_type?: null; sequence_type?: null; map_type: onnx.TypeProto.Map.$Shape; optional_type?: null; sparse_tensor_type?: null; opaque_type?: null }|{ value?: "optional_type"; tensor_type?: null; sequence_type?: null; map_type?: null; optional_type: onnx.TypeProto.Optional.$Shape; sparse_tensor_type?: null; opaque_type?: null }|{ value?: "sparse_tensor_type"; tensor_type?: null; sequence_type?: null; map_type?: null; optional_type?: null; sparse_tensor_type: onnx.TypeProto.SparseTensor.$Shape; opaque_type?: null }|{ value?: "opaque_type"; tensor_type?: null; sequence_type?: null; map_type?: null; optional_type?: null; sparse_tensor_type?: null; opaque_type: onnx.TypeProto.Opaque.$Shape })
         * )} onnx.TypeProto.$Shape
         */

        /**
         * Constructs a new TypeProto.
         * @memberof onnx
         * @classdesc Represents a TypeProto.
         * @constructor
         * @param {onnx.TypeProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const TypeProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * TypeProto tensor_type.
         * @member {onnx.TypeProto.Tensor.$Properties|null|undefined} tensor_type
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.tensor_type = null;

        /**
         * TypeProto sequence_type.
         * @member {onnx.TypeProto.Sequence.$Properties|null|undefined} sequence_type
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.sequence_type = null;

        /**
         * TypeProto map_type.
         * @member {onnx.TypeProto.Map.$Properties|null|undefined} map_type
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.map_type = null;

        /**
         * TypeProto optional_type.
         * @member {onnx.TypeProto.Optional.$Properties|null|undefined} optional_type
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.optional_type = null;

        /**
         * TypeProto sparse_tensor_type.
         * @member {onnx.TypeProto.SparseTensor.$Properties|null|undefined} sparse_tensor_type
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.sparse_tensor_type = null;

        /**
         * TypeProto opaque_type.
         * @member {onnx.TypeProto.Opaque.$Properties|null|undefined} opaque_type
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.opaque_type = null;

        /**
         * TypeProto denotation.
         * @member {string} denotation
         * @memberof onnx.TypeProto
         * @instance
         */
        TypeProto.prototype.denotation = "";

        // OneOf field names bound to virtual getters and setters
        let $oneOfFields;

        /**
         * TypeProto value.
         * @member {"tensor_type"|"sequence_type"|"map_type"|"optional_type"|"sparse_tensor_type"|"opaque_type"|undefined} value
         * @memberof onnx.TypeProto
         * @instance
         */
        $Object.defineProperty(TypeProto.prototype, "value", {
            get: $util.oneOfGetter($oneOfFields = ["tensor_type", "sequence_type", "map_type", "optional_type", "sparse_tensor_type", "opaque_type"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        /**
         * Encodes the specified TypeProto message. Does not implicitly {@link onnx.TypeProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.TypeProto
         * @static
         * @param {onnx.TypeProto.$Properties} message TypeProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        TypeProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.tensor_type != null && $Object.hasOwnProperty.call(message, "tensor_type"))
                $root.onnx.TypeProto.Tensor.encode(message.tensor_type, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
            if (message.sequence_type != null && $Object.hasOwnProperty.call(message, "sequence_type"))
                $root.onnx.TypeProto.Sequence.encode(message.sequence_type, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
            if (message.map_type != null && $Object.hasOwnProperty.call(message, "map_type"))
                $root.onnx.TypeProto.Map.encode(message.map_type, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
            if (message.denotation != null && $Object.hasOwnProperty.call(message, "denotation"))
                writer.uint32(/* id 6, wireType 2 =*/50).string(message.denotation);
            if (message.opaque_type != null && $Object.hasOwnProperty.call(message, "opaque_type"))
                $root.onnx.TypeProto.Opaque.encode(message.opaque_type, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.sparse_tensor_type != null && $Object.hasOwnProperty.call(message, "sparse_tensor_type"))
                $root.onnx.TypeProto.SparseTensor.encode(message.sparse_tensor_type, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
            if (message.optional_type != null && $Object.hasOwnProperty.call(message, "optional_type"))
                $root.onnx.TypeProto.Optional.encode(message.optional_type, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a TypeProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.TypeProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.TypeProto & onnx.TypeProto.$Shape} TypeProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        TypeProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.TypeProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.tensor_type = $root.onnx.TypeProto.Tensor.decode(reader, reader.size(), $undefined, _depth + 1, message.tensor_type);
                        message.value = "tensor_type";
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        message.sequence_type = $root.onnx.TypeProto.Sequence.decode(reader, reader.size(), $undefined, _depth + 1, message.sequence_type);
                        message.value = "sequence_type";
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        message.map_type = $root.onnx.TypeProto.Map.decode(reader, reader.size(), $undefined, _depth + 1, message.map_type);
                        message.value = "map_type";
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        message.optional_type = $root.onnx.TypeProto.Optional.decode(reader, reader.size(), $undefined, _depth + 1, message.optional_type);
                        message.value = "optional_type";
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.sparse_tensor_type = $root.onnx.TypeProto.SparseTensor.decode(reader, reader.size(), $undefined, _depth + 1, message.sparse_tensor_type);
                        message.value = "sparse_tensor_type";
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        message.opaque_type = $root.onnx.TypeProto.Opaque.decode(reader, reader.size(), $undefined, _depth + 1, message.opaque_type);
                        message.value = "opaque_type";
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        message.denotation = reader.string();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for TypeProto
         * @function getTypeUrl
         * @memberof onnx.TypeProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        TypeProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.TypeProto";
        };

        TypeProto.Tensor = (function() {

            /**
             * Properties of a Tensor.
             * @typedef {Object} onnx.TypeProto.Tensor.$Properties
             * @property {number|null} [elem_type] Tensor elem_type
             * @property {onnx.TensorShapeProto.$Properties|null} [shape] Tensor shape
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Tensor.
             * @memberof onnx.TypeProto
             * @interface ITensor
             * @augments onnx.TypeProto.Tensor.$Properties
             * @deprecated Use onnx.TypeProto.Tensor.$Properties instead.
             */

            /**
             * Shape of a Tensor.
             * @typedef {{
             *   elem_type?: number|null;
             *   shape?: onnx.TensorShapeProto.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} onnx.TypeProto.Tensor.$Shape
             */

            /**
             * Constructs a new Tensor.
             * @memberof onnx.TypeProto
             * @classdesc Represents a Tensor.
             * @constructor
             * @param {onnx.TypeProto.Tensor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Tensor = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Tensor elem_type.
             * @member {number} elem_type
             * @memberof onnx.TypeProto.Tensor
             * @instance
             */
            Tensor.prototype.elem_type = 0;

            /**
             * Tensor shape.
             * @member {onnx.TensorShapeProto.$Properties|null|undefined} shape
             * @memberof onnx.TypeProto.Tensor
             * @instance
             */
            Tensor.prototype.shape = null;

            /**
             * Encodes the specified Tensor message. Does not implicitly {@link onnx.TypeProto.Tensor.verify|verify} messages.
             * @function encode
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {onnx.TypeProto.Tensor.$Properties} message Tensor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tensor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.elem_type != null && $Object.hasOwnProperty.call(message, "elem_type"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.elem_type);
                if (message.shape != null && $Object.hasOwnProperty.call(message, "shape"))
                    $root.onnx.TensorShapeProto.encode(message.shape, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Tensor message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TypeProto.Tensor & onnx.TypeProto.Tensor.$Shape} Tensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tensor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TypeProto.Tensor();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.elem_type = reader.int32();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.shape = $root.onnx.TensorShapeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.shape);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Tensor
             * @function getTypeUrl
             * @memberof onnx.TypeProto.Tensor
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Tensor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TypeProto.Tensor";
            };

            return Tensor;
        })();

        TypeProto.Sequence = (function() {

            /**
             * Properties of a Sequence.
             * @typedef {Object} onnx.TypeProto.Sequence.$Properties
             * @property {onnx.TypeProto.$Properties|null} [elem_type] Sequence elem_type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Sequence.
             * @memberof onnx.TypeProto
             * @interface ISequence
             * @augments onnx.TypeProto.Sequence.$Properties
             * @deprecated Use onnx.TypeProto.Sequence.$Properties instead.
             */

            /**
             * Shape of a Sequence.
             * @typedef {{
             *   elem_type?: onnx.TypeProto.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} onnx.TypeProto.Sequence.$Shape
             */

            /**
             * Constructs a new Sequence.
             * @memberof onnx.TypeProto
             * @classdesc Represents a Sequence.
             * @constructor
             * @param {onnx.TypeProto.Sequence.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Sequence = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Sequence elem_type.
             * @member {onnx.TypeProto.$Properties|null|undefined} elem_type
             * @memberof onnx.TypeProto.Sequence
             * @instance
             */
            Sequence.prototype.elem_type = null;

            /**
             * Encodes the specified Sequence message. Does not implicitly {@link onnx.TypeProto.Sequence.verify|verify} messages.
             * @function encode
             * @memberof onnx.TypeProto.Sequence
             * @static
             * @param {onnx.TypeProto.Sequence.$Properties} message Sequence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Sequence.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.elem_type != null && $Object.hasOwnProperty.call(message, "elem_type"))
                    $root.onnx.TypeProto.encode(message.elem_type, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Sequence message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TypeProto.Sequence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TypeProto.Sequence & onnx.TypeProto.Sequence.$Shape} Sequence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Sequence.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TypeProto.Sequence();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.elem_type = $root.onnx.TypeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.elem_type);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Sequence
             * @function getTypeUrl
             * @memberof onnx.TypeProto.Sequence
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Sequence.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TypeProto.Sequence";
            };

            return Sequence;
        })();

        TypeProto.Map = (function() {

            /**
             * Properties of a Map.
             * @typedef {Object} onnx.TypeProto.Map.$Properties
             * @property {number|null} [key_type] Map key_type
             * @property {onnx.TypeProto.$Properties|null} [value_type] Map value_type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Map.
             * @memberof onnx.TypeProto
             * @interface IMap
             * @augments onnx.TypeProto.Map.$Properties
             * @deprecated Use onnx.TypeProto.Map.$Properties instead.
             */

            /**
             * Shape of a Map.
             * @typedef {{
             *   key_type?: number|null;
             *   value_type?: onnx.TypeProto.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} onnx.TypeProto.Map.$Shape
             */

            /**
             * Constructs a new Map.
             * @memberof onnx.TypeProto
             * @classdesc Represents a Map.
             * @constructor
             * @param {onnx.TypeProto.Map.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Map = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Map key_type.
             * @member {number} key_type
             * @memberof onnx.TypeProto.Map
             * @instance
             */
            Map.prototype.key_type = 0;

            /**
             * Map value_type.
             * @member {onnx.TypeProto.$Properties|null|undefined} value_type
             * @memberof onnx.TypeProto.Map
             * @instance
             */
            Map.prototype.value_type = null;

            /**
             * Encodes the specified Map message. Does not implicitly {@link onnx.TypeProto.Map.verify|verify} messages.
             * @function encode
             * @memberof onnx.TypeProto.Map
             * @static
             * @param {onnx.TypeProto.Map.$Properties} message Map message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Map.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.key_type != null && $Object.hasOwnProperty.call(message, "key_type"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.key_type);
                if (message.value_type != null && $Object.hasOwnProperty.call(message, "value_type"))
                    $root.onnx.TypeProto.encode(message.value_type, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Map message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TypeProto.Map
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TypeProto.Map & onnx.TypeProto.Map.$Shape} Map
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Map.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TypeProto.Map();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.key_type = reader.int32();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.value_type = $root.onnx.TypeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.value_type);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Map
             * @function getTypeUrl
             * @memberof onnx.TypeProto.Map
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Map.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TypeProto.Map";
            };

            return Map;
        })();

        TypeProto.Optional = (function() {

            /**
             * Properties of an Optional.
             * @typedef {Object} onnx.TypeProto.Optional.$Properties
             * @property {onnx.TypeProto.$Properties|null} [elem_type] Optional elem_type
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Optional.
             * @memberof onnx.TypeProto
             * @interface IOptional
             * @augments onnx.TypeProto.Optional.$Properties
             * @deprecated Use onnx.TypeProto.Optional.$Properties instead.
             */

            /**
             * Shape of an Optional.
             * @typedef {{
             *   elem_type?: onnx.TypeProto.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} onnx.TypeProto.Optional.$Shape
             */

            /**
             * Constructs a new Optional.
             * @memberof onnx.TypeProto
             * @classdesc Represents an Optional.
             * @constructor
             * @param {onnx.TypeProto.Optional.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Optional = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Optional elem_type.
             * @member {onnx.TypeProto.$Properties|null|undefined} elem_type
             * @memberof onnx.TypeProto.Optional
             * @instance
             */
            Optional.prototype.elem_type = null;

            /**
             * Encodes the specified Optional message. Does not implicitly {@link onnx.TypeProto.Optional.verify|verify} messages.
             * @function encode
             * @memberof onnx.TypeProto.Optional
             * @static
             * @param {onnx.TypeProto.Optional.$Properties} message Optional message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Optional.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.elem_type != null && $Object.hasOwnProperty.call(message, "elem_type"))
                    $root.onnx.TypeProto.encode(message.elem_type, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Optional message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TypeProto.Optional
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TypeProto.Optional & onnx.TypeProto.Optional.$Shape} Optional
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Optional.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TypeProto.Optional();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.elem_type = $root.onnx.TypeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.elem_type);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Optional
             * @function getTypeUrl
             * @memberof onnx.TypeProto.Optional
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Optional.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TypeProto.Optional";
            };

            return Optional;
        })();

        TypeProto.SparseTensor = (function() {

            /**
             * Properties of a SparseTensor.
             * @typedef {Object} onnx.TypeProto.SparseTensor.$Properties
             * @property {number|null} [elem_type] SparseTensor elem_type
             * @property {onnx.TensorShapeProto.$Properties|null} [shape] SparseTensor shape
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SparseTensor.
             * @memberof onnx.TypeProto
             * @interface ISparseTensor
             * @augments onnx.TypeProto.SparseTensor.$Properties
             * @deprecated Use onnx.TypeProto.SparseTensor.$Properties instead.
             */

            /**
             * Shape of a SparseTensor.
             * @typedef {{
             *   elem_type?: number|null;
             *   shape?: onnx.TensorShapeProto.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} onnx.TypeProto.SparseTensor.$Shape
             */

            /**
             * Constructs a new SparseTensor.
             * @memberof onnx.TypeProto
             * @classdesc Represents a SparseTensor.
             * @constructor
             * @param {onnx.TypeProto.SparseTensor.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SparseTensor = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SparseTensor elem_type.
             * @member {number} elem_type
             * @memberof onnx.TypeProto.SparseTensor
             * @instance
             */
            SparseTensor.prototype.elem_type = 0;

            /**
             * SparseTensor shape.
             * @member {onnx.TensorShapeProto.$Properties|null|undefined} shape
             * @memberof onnx.TypeProto.SparseTensor
             * @instance
             */
            SparseTensor.prototype.shape = null;

            /**
             * Encodes the specified SparseTensor message. Does not implicitly {@link onnx.TypeProto.SparseTensor.verify|verify} messages.
             * @function encode
             * @memberof onnx.TypeProto.SparseTensor
             * @static
             * @param {onnx.TypeProto.SparseTensor.$Properties} message SparseTensor message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SparseTensor.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.elem_type != null && $Object.hasOwnProperty.call(message, "elem_type"))
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.elem_type);
                if (message.shape != null && $Object.hasOwnProperty.call(message, "shape"))
                    $root.onnx.TensorShapeProto.encode(message.shape, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SparseTensor message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TypeProto.SparseTensor
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TypeProto.SparseTensor & onnx.TypeProto.SparseTensor.$Shape} SparseTensor
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SparseTensor.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TypeProto.SparseTensor();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            message.elem_type = reader.int32();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.shape = $root.onnx.TensorShapeProto.decode(reader, reader.size(), $undefined, _depth + 1, message.shape);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for SparseTensor
             * @function getTypeUrl
             * @memberof onnx.TypeProto.SparseTensor
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SparseTensor.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TypeProto.SparseTensor";
            };

            return SparseTensor;
        })();

        TypeProto.Opaque = (function() {

            /**
             * Properties of an Opaque.
             * @typedef {Object} onnx.TypeProto.Opaque.$Properties
             * @property {string|null} [domain] Opaque domain
             * @property {string|null} [name] Opaque name
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Opaque.
             * @memberof onnx.TypeProto
             * @interface IOpaque
             * @augments onnx.TypeProto.Opaque.$Properties
             * @deprecated Use onnx.TypeProto.Opaque.$Properties instead.
             */

            /**
             * Shape of an Opaque.
             * @typedef {onnx.TypeProto.Opaque.$Properties} onnx.TypeProto.Opaque.$Shape
             */

            /**
             * Constructs a new Opaque.
             * @memberof onnx.TypeProto
             * @classdesc Represents an Opaque.
             * @constructor
             * @param {onnx.TypeProto.Opaque.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Opaque = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Opaque domain.
             * @member {string} domain
             * @memberof onnx.TypeProto.Opaque
             * @instance
             */
            Opaque.prototype.domain = "";

            /**
             * Opaque name.
             * @member {string} name
             * @memberof onnx.TypeProto.Opaque
             * @instance
             */
            Opaque.prototype.name = "";

            /**
             * Encodes the specified Opaque message. Does not implicitly {@link onnx.TypeProto.Opaque.verify|verify} messages.
             * @function encode
             * @memberof onnx.TypeProto.Opaque
             * @static
             * @param {onnx.TypeProto.Opaque.$Properties} message Opaque message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Opaque.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.domain);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.name);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Opaque message from the specified reader or buffer.
             * @function decode
             * @memberof onnx.TypeProto.Opaque
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {onnx.TypeProto.Opaque & onnx.TypeProto.Opaque.$Shape} Opaque
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Opaque.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.onnx.TypeProto.Opaque();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.domain = reader.string();
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.string();
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Gets the type url for Opaque
             * @function getTypeUrl
             * @memberof onnx.TypeProto.Opaque
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Opaque.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/onnx.TypeProto.Opaque";
            };

            return Opaque;
        })();

        return TypeProto;
    })();

    onnx.OperatorSetIdProto = (function() {

        /**
         * Properties of an OperatorSetIdProto.
         * @typedef {Object} onnx.OperatorSetIdProto.$Properties
         * @property {string|null} [domain] OperatorSetIdProto domain
         * @property {number|Long|null} [version] OperatorSetIdProto version
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of an OperatorSetIdProto.
         * @memberof onnx
         * @interface IOperatorSetIdProto
         * @augments onnx.OperatorSetIdProto.$Properties
         * @deprecated Use onnx.OperatorSetIdProto.$Properties instead.
         */

        /**
         * Shape of an OperatorSetIdProto.
         * @typedef {onnx.OperatorSetIdProto.$Properties} onnx.OperatorSetIdProto.$Shape
         */

        /**
         * Constructs a new OperatorSetIdProto.
         * @memberof onnx
         * @classdesc Represents an OperatorSetIdProto.
         * @constructor
         * @param {onnx.OperatorSetIdProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const OperatorSetIdProto = function (properties) {
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * OperatorSetIdProto domain.
         * @member {string} domain
         * @memberof onnx.OperatorSetIdProto
         * @instance
         */
        OperatorSetIdProto.prototype.domain = "";

        /**
         * OperatorSetIdProto version.
         * @member {number|Long} version
         * @memberof onnx.OperatorSetIdProto
         * @instance
         */
        OperatorSetIdProto.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

        /**
         * Encodes the specified OperatorSetIdProto message. Does not implicitly {@link onnx.OperatorSetIdProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {onnx.OperatorSetIdProto.$Properties} message OperatorSetIdProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        OperatorSetIdProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.domain);
            if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                writer.uint32(/* id 2, wireType 0 =*/16).int64(message.version);
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes an OperatorSetIdProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.OperatorSetIdProto & onnx.OperatorSetIdProto.$Shape} OperatorSetIdProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        OperatorSetIdProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.OperatorSetIdProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.domain = reader.string();
                        continue;
                    }
                case 2: {
                        if (wireType !== 0)
                            break;
                        message.version = reader.int64();
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for OperatorSetIdProto
         * @function getTypeUrl
         * @memberof onnx.OperatorSetIdProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        OperatorSetIdProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.OperatorSetIdProto";
        };

        return OperatorSetIdProto;
    })();

    /**
     * OperatorStatus enum.
     * @name onnx.OperatorStatus
     * @enum {number}
     * @property {number} EXPERIMENTAL=0 EXPERIMENTAL value
     * @property {number} STABLE=1 STABLE value
     */
    onnx.OperatorStatus = (function() {
        const valuesById = $Object.create(null), values = $Object.create(valuesById);
        values[valuesById[0] = "EXPERIMENTAL"] = 0;
        values[valuesById[1] = "STABLE"] = 1;
        return values;
    })();

    onnx.FunctionProto = (function() {

        /**
         * Properties of a FunctionProto.
         * @typedef {Object} onnx.FunctionProto.$Properties
         * @property {string|null} [name] FunctionProto name
         * @property {Array.<string>|null} [input] FunctionProto input
         * @property {Array.<string>|null} [output] FunctionProto output
         * @property {Array.<string>|null} [attribute] FunctionProto attribute
         * @property {Array.<onnx.AttributeProto.$Properties>|null} [attribute_proto] FunctionProto attribute_proto
         * @property {Array.<onnx.NodeProto.$Properties>|null} [node] FunctionProto node
         * @property {string|null} [doc_string] FunctionProto doc_string
         * @property {Array.<onnx.OperatorSetIdProto.$Properties>|null} [opset_import] FunctionProto opset_import
         * @property {string|null} [domain] FunctionProto domain
         * @property {string|null} [overload] FunctionProto overload
         * @property {Array.<onnx.ValueInfoProto.$Properties>|null} [value_info] FunctionProto value_info
         * @property {Array.<onnx.StringStringEntryProto.$Properties>|null} [metadata_props] FunctionProto metadata_props
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */

        /**
         * Properties of a FunctionProto.
         * @memberof onnx
         * @interface IFunctionProto
         * @augments onnx.FunctionProto.$Properties
         * @deprecated Use onnx.FunctionProto.$Properties instead.
         */

        /**
         * Shape of a FunctionProto.
         * @typedef {{
         *   name?: string|null;
         *   input?: Array.<string>|null;
         *   output?: Array.<string>|null;
         *   attribute?: Array.<string>|null;
         *   attribute_proto?: Array.<onnx.AttributeProto.$Shape>|null;
         *   node?: Array.<onnx.NodeProto.$Shape>|null;
         *   doc_string?: string|null;
         *   opset_import?: Array.<onnx.OperatorSetIdProto.$Shape>|null;
         *   domain?: string|null;
         *   overload?: string|null;
         *   value_info?: Array.<onnx.ValueInfoProto.$Shape>|null;
         *   metadata_props?: Array.<onnx.StringStringEntryProto.$Shape>|null;
         *   $unknowns?: Array.<Uint8Array>;
         * }} onnx.FunctionProto.$Shape
         */

        /**
         * Constructs a new FunctionProto.
         * @memberof onnx
         * @classdesc Represents a FunctionProto.
         * @constructor
         * @param {onnx.FunctionProto.$Properties=} [properties] Properties to set
         * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
         */
        const FunctionProto = function (properties) {
            this.input = [];
            this.output = [];
            this.attribute = [];
            this.attribute_proto = [];
            this.node = [];
            this.opset_import = [];
            this.value_info = [];
            this.metadata_props = [];
            if (properties)
                for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                    if (properties[keys[i]] != null && keys[i] !== "__proto__")
                        this[keys[i]] = properties[keys[i]];
        };

        /**
         * FunctionProto name.
         * @member {string} name
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.name = "";

        /**
         * FunctionProto input.
         * @member {Array.<string>} input
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.input = $util.emptyArray;

        /**
         * FunctionProto output.
         * @member {Array.<string>} output
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.output = $util.emptyArray;

        /**
         * FunctionProto attribute.
         * @member {Array.<string>} attribute
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.attribute = $util.emptyArray;

        /**
         * FunctionProto attribute_proto.
         * @member {Array.<onnx.AttributeProto.$Properties>} attribute_proto
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.attribute_proto = $util.emptyArray;

        /**
         * FunctionProto node.
         * @member {Array.<onnx.NodeProto.$Properties>} node
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.node = $util.emptyArray;

        /**
         * FunctionProto doc_string.
         * @member {string} doc_string
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.doc_string = "";

        /**
         * FunctionProto opset_import.
         * @member {Array.<onnx.OperatorSetIdProto.$Properties>} opset_import
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.opset_import = $util.emptyArray;

        /**
         * FunctionProto domain.
         * @member {string} domain
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.domain = "";

        /**
         * FunctionProto overload.
         * @member {string} overload
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.overload = "";

        /**
         * FunctionProto value_info.
         * @member {Array.<onnx.ValueInfoProto.$Properties>} value_info
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.value_info = $util.emptyArray;

        /**
         * FunctionProto metadata_props.
         * @member {Array.<onnx.StringStringEntryProto.$Properties>} metadata_props
         * @memberof onnx.FunctionProto
         * @instance
         */
        FunctionProto.prototype.metadata_props = $util.emptyArray;

        /**
         * Encodes the specified FunctionProto message. Does not implicitly {@link onnx.FunctionProto.verify|verify} messages.
         * @function encode
         * @memberof onnx.FunctionProto
         * @static
         * @param {onnx.FunctionProto.$Properties} message FunctionProto message or plain object to encode
         * @param {$protobuf.Writer} [writer] Writer to encode to
         * @returns {$protobuf.Writer} Writer
         */
        FunctionProto.encode = function (message, writer, _depth) {
            if (!writer)
                writer = $Writer.create();
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $util.recursionLimit)
                throw $Error("max depth exceeded");
            if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
            if (message.input != null && message.input.length)
                for (let i = 0; i < message.input.length; ++i)
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.input[i]);
            if (message.output != null && message.output.length)
                for (let i = 0; i < message.output.length; ++i)
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.output[i]);
            if (message.attribute != null && message.attribute.length)
                for (let i = 0; i < message.attribute.length; ++i)
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.attribute[i]);
            if (message.node != null && message.node.length)
                for (let i = 0; i < message.node.length; ++i)
                    $root.onnx.NodeProto.encode(message.node[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
            if (message.doc_string != null && $Object.hasOwnProperty.call(message, "doc_string"))
                writer.uint32(/* id 8, wireType 2 =*/66).string(message.doc_string);
            if (message.opset_import != null && message.opset_import.length)
                for (let i = 0; i < message.opset_import.length; ++i)
                    $root.onnx.OperatorSetIdProto.encode(message.opset_import[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
            if (message.domain != null && $Object.hasOwnProperty.call(message, "domain"))
                writer.uint32(/* id 10, wireType 2 =*/82).string(message.domain);
            if (message.attribute_proto != null && message.attribute_proto.length)
                for (let i = 0; i < message.attribute_proto.length; ++i)
                    $root.onnx.AttributeProto.encode(message.attribute_proto[i], writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
            if (message.value_info != null && message.value_info.length)
                for (let i = 0; i < message.value_info.length; ++i)
                    $root.onnx.ValueInfoProto.encode(message.value_info[i], writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
            if (message.overload != null && $Object.hasOwnProperty.call(message, "overload"))
                writer.uint32(/* id 13, wireType 2 =*/106).string(message.overload);
            if (message.metadata_props != null && message.metadata_props.length)
                for (let i = 0; i < message.metadata_props.length; ++i)
                    $root.onnx.StringStringEntryProto.encode(message.metadata_props[i], writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
            if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                for (let i = 0; i < message.$unknowns.length; ++i)
                    writer.raw(message.$unknowns[i]);
            return writer;
        };

        /**
         * Decodes a FunctionProto message from the specified reader or buffer.
         * @function decode
         * @memberof onnx.FunctionProto
         * @static
         * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
         * @param {number} [length] Message length if known beforehand
         * @returns {onnx.FunctionProto & onnx.FunctionProto.$Shape} FunctionProto
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        FunctionProto.decode = function (reader, length, _end, _depth, _target) {
            if (!(reader instanceof $Reader))
                reader = $Reader.create(reader);
            if (_depth === $undefined)
                _depth = 0;
            if (_depth > $Reader.recursionLimit)
                throw $Error("max depth exceeded");
            let end, message;
            if (length === $undefined)
                end = reader.len;
            else {
                end = reader.pos + length;
                if (end > reader.len)
                    throw $RangeError("index out of range");
                length = reader.len;
                reader.len = end;
            }
            message = _target || new $root.onnx.FunctionProto();
            while (reader.pos < end) {
                let start = reader.pos;
                let tag = reader.tag();
                if (tag === _end) {
                    _end = $undefined;
                    break;
                }
                let wireType = tag & 7;
                switch (tag >>>= 3) {
                case 1: {
                        if (wireType !== 2)
                            break;
                        message.name = reader.string();
                        continue;
                    }
                case 4: {
                        if (wireType !== 2)
                            break;
                        if (!(message.input && message.input.length))
                            message.input = [];
                        message.input.push(reader.string());
                        continue;
                    }
                case 5: {
                        if (wireType !== 2)
                            break;
                        if (!(message.output && message.output.length))
                            message.output = [];
                        message.output.push(reader.string());
                        continue;
                    }
                case 6: {
                        if (wireType !== 2)
                            break;
                        if (!(message.attribute && message.attribute.length))
                            message.attribute = [];
                        message.attribute.push(reader.string());
                        continue;
                    }
                case 11: {
                        if (wireType !== 2)
                            break;
                        if (!(message.attribute_proto && message.attribute_proto.length))
                            message.attribute_proto = [];
                        message.attribute_proto.push($root.onnx.AttributeProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 7: {
                        if (wireType !== 2)
                            break;
                        if (!(message.node && message.node.length))
                            message.node = [];
                        message.node.push($root.onnx.NodeProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 8: {
                        if (wireType !== 2)
                            break;
                        message.doc_string = reader.string();
                        continue;
                    }
                case 9: {
                        if (wireType !== 2)
                            break;
                        if (!(message.opset_import && message.opset_import.length))
                            message.opset_import = [];
                        message.opset_import.push($root.onnx.OperatorSetIdProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 10: {
                        if (wireType !== 2)
                            break;
                        message.domain = reader.string();
                        continue;
                    }
                case 13: {
                        if (wireType !== 2)
                            break;
                        message.overload = reader.string();
                        continue;
                    }
                case 12: {
                        if (wireType !== 2)
                            break;
                        if (!(message.value_info && message.value_info.length))
                            message.value_info = [];
                        message.value_info.push($root.onnx.ValueInfoProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                case 14: {
                        if (wireType !== 2)
                            break;
                        if (!(message.metadata_props && message.metadata_props.length))
                            message.metadata_props = [];
                        message.metadata_props.push($root.onnx.StringStringEntryProto.decode(reader, reader.size(), $undefined, _depth + 1));
                        continue;
                    }
                }
                reader.skipType(wireType, _depth, tag);
                if (!reader.discardUnknown) {
                    $util.makeProp(message, "$unknowns", false);
                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                }
            }
            if (length !== $undefined) {
                if (reader.pos !== end)
                    throw $RangeError("index out of range");
                reader.len = length;
            }
            if (_end !== $undefined)
                throw $Error("missing end group");
            return message;
        };

        /**
         * Gets the type url for FunctionProto
         * @function getTypeUrl
         * @memberof onnx.FunctionProto
         * @static
         * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
         * @returns {string} The type url
         */
        FunctionProto.getTypeUrl = function(prefix) {
            if (prefix === $undefined)
                prefix = "type.googleapis.com";
            return prefix + "/onnx.FunctionProto";
        };

        return FunctionProto;
    })();

    return onnx;
})();



;// CONCATENATED MODULE: ./src/frontends/onnx/lazy.ts
/**
 * Walks ModelProto -> GraphProto -> NodeProto/AttributeProto/TensorProto at the wire level.
 * Tensor payloads (raw_data and the packed typed fields) are kept as byte ranges; every other
 * field is copied into a small buffer and decoded with the generated decoders.
 */


/** Unpacked typed fields are decoded in memory; beyond this they are refused. */
const MAX_UNPACKED_BYTES = 16 * 1024 * 1024;
/** int64 fields decode as numbers (or Long objects when long.js is installed). */
function toNum(v) {
    if (typeof v === 'number')
        return v;
    if (typeof v === 'object' && v !== null && 'toNumber' in v && typeof v.toNumber === 'function')
        return Number(v.toNumber());
    return Number(v);
}
/** Nested graphs deeper than this are refused (hostile files). */
const MAX_GRAPH_DEPTH = 16;
const PAYLOAD_FIELDS = {
    4: 'pb-fixed32', // float_data
    5: 'pb-varint', // int32_data
    7: 'pb-varint', // int64_data
    9: 'raw-le', // raw_data
    10: 'pb-fixed64', // double_data
    11: 'pb-varint', // uint64_data
};
function readLazyModel(r) {
    const rest = [];
    let graphField;
    const skipped = { trainingInfo: 0, functions: 0 };
    for (const f of r.fields(0, r.size, 'ModelProto')) {
        if (f.no === 7 && f.wire === WIRE_LEN)
            graphField = f;
        else if (f.no === 20)
            skipped.trainingInfo++;
        else if (f.no === 25)
            skipped.functions++;
        else
            rest.push(f);
    }
    const proto = decodeWith(r, 'ModelProto', 0, gather(r, rest), (b) => onnx.ModelProto.decode(b));
    const model = { proto, skipped };
    if (graphField)
        model.graph = readLazyGraph(r, graphField, 1);
    return model;
}
function readLazyGraph(r, at, depth) {
    if (depth > MAX_GRAPH_DEPTH)
        throw r.error('E_LIMIT', `graphs nested more than ${MAX_GRAPH_DEPTH} deep`, at.tagOffset);
    const g = { proto: new onnx.GraphProto(), at: at.offset, nodes: [], initializers: [], sparseInitializers: [] };
    const rest = [];
    for (const f of r.fields(at.offset, at.end, 'GraphProto')) {
        if (f.wire !== WIRE_LEN)
            rest.push(f);
        else if (f.no === 1)
            g.nodes.push(readLazyNode(r, f, depth));
        else if (f.no === 5)
            g.initializers.push(readLazyTensor(r, f));
        else if (f.no === 15)
            g.sparseInitializers.push(readLazySparse(r, f));
        else
            rest.push(f);
    }
    g.proto = decodeWith(r, 'GraphProto', at.offset, gather(r, rest), (b) => onnx.GraphProto.decode(b));
    return g;
}
function readLazyNode(r, at, depth) {
    const n = { proto: new onnx.NodeProto(), at: at.offset, attrs: [] };
    const rest = [];
    for (const f of r.fields(at.offset, at.end, 'NodeProto')) {
        if (f.no === 5 && f.wire === WIRE_LEN)
            n.attrs.push(readLazyAttribute(r, f, depth));
        else
            rest.push(f);
    }
    n.proto = decodeWith(r, 'NodeProto', at.offset, gather(r, rest), (b) => onnx.NodeProto.decode(b));
    return n;
}
function readLazyAttribute(r, at, depth) {
    const a = { proto: new onnx.AttributeProto(), tensors: [], graphs: [], sparses: [] };
    const rest = [];
    for (const f of r.fields(at.offset, at.end, 'AttributeProto')) {
        if (f.wire !== WIRE_LEN)
            rest.push(f);
        else if (f.no === 5)
            a.t = readLazyTensor(r, f);
        else if (f.no === 10)
            a.tensors.push(readLazyTensor(r, f));
        else if (f.no === 6)
            a.g = readLazyGraph(r, f, depth + 1);
        else if (f.no === 11)
            a.graphs.push(readLazyGraph(r, f, depth + 1));
        else if (f.no === 22)
            a.sparse = readLazySparse(r, f);
        else if (f.no === 23)
            a.sparses.push(readLazySparse(r, f));
        else
            rest.push(f);
    }
    a.proto = decodeWith(r, 'AttributeProto', at.offset, gather(r, rest), (b) => onnx.AttributeProto.decode(b));
    return a;
}
function readLazyTensor(r, at) {
    const rest = [];
    const payloads = [];
    for (const f of r.fields(at.offset, at.end, 'TensorProto')) {
        if (PAYLOAD_FIELDS[f.no] !== undefined)
            payloads.push(f);
        else
            rest.push(f);
    }
    const t = { proto: new onnx.TensorProto(), at: at.offset };
    const only = payloads.length === 1 ? payloads[0] : undefined;
    if (only && only.wire === WIRE_LEN) {
        t.payload = { offset: only.offset, length: only.length, encoding: PAYLOAD_FIELDS[only.no], field: only.no };
    }
    else if (payloads.length > 0) {
        // Unpacked or split repeated fields (legal protobuf): small in practice, decode them.
        const rawOnly = payloads.filter((f) => f.no === 9);
        const last = rawOnly[rawOnly.length - 1];
        if (last && last.wire === WIRE_LEN && rawOnly.length === payloads.length) {
            t.payload = { offset: last.offset, length: last.length, encoding: 'raw-le', field: 9 };
        }
        else {
            const bytes = payloads.reduce((n, f) => n + f.end - f.tagOffset, 0);
            if (bytes > MAX_UNPACKED_BYTES)
                throw r.error('E_LIMIT', `tensor data written as ${payloads.length} unpacked/split fields (${bytes} bytes); re-export with packed fields or raw_data`, at.offset);
            rest.push(...payloads);
            rest.sort((x, y) => x.tagOffset - y.tagOffset);
            t.decoded = true;
        }
    }
    t.proto = decodeWith(r, 'TensorProto', at.offset, gather(r, rest), (b) => onnx.TensorProto.decode(b));
    return t;
}
function readLazySparse(r, at) {
    const s = { at: at.offset, dims: [] };
    const dims = [];
    for (const f of r.fields(at.offset, at.end, 'SparseTensorProto')) {
        if (f.no === 1 && f.wire === WIRE_LEN)
            s.values = readLazyTensor(r, f);
        else if (f.no === 2 && f.wire === WIRE_LEN)
            s.indices = readLazyTensor(r, f);
        else if (f.no === 3)
            dims.push(f);
    }
    if (dims.length > 0) {
        const p = decodeWith(r, 'SparseTensorProto', at.offset, gather(r, dims), (b) => onnx.SparseTensorProto.decode(b));
        s.dims = p.dims.map(toNum);
    }
    return s;
}

;// CONCATENATED MODULE: ./src/ops/kinds.ts
/**
 * Our operator kinds. Names follow ONNX where ONNX has the operator (it is the richest open
 * vocabulary); frontends map TFLite builtins and Keras layers onto these. Passes and rules
 * switch on these kinds, never on a file format's names.
 */
const OP_KINDS = [
    // compute
    'Conv', 'ConvTranspose', 'Gemm', 'MatMul', 'Einsum',
    'LSTM', 'GRU', 'RNN', 'SVDF',
    // pooling / reduction
    'MaxPool', 'AveragePool', 'GlobalAveragePool', 'GlobalMaxPool', 'LpPool',
    'ReduceMean', 'ReduceSum', 'ReduceMax', 'ReduceMin', 'ReduceProd', 'ReduceL2', 'ReduceSumSquare', 'ArgMax', 'ArgMin',
    // normalization
    'BatchNormalization', 'LayerNormalization', 'InstanceNormalization', 'LRN', 'L2Normalization',
    // elementwise binary
    'Add', 'Sub', 'Mul', 'Div', 'Pow', 'Max', 'Min', 'Mod', 'SquaredDifference',
    'Equal', 'Less', 'Greater', 'LessOrEqual', 'GreaterOrEqual', 'And', 'Or', 'Xor', 'Not', 'Where',
    // activations / unary
    'Relu', 'Relu6', 'Clip', 'LeakyRelu', 'PRelu', 'Elu', 'Selu', 'Celu', 'ThresholdedRelu',
    'Sigmoid', 'HardSigmoid', 'Tanh', 'HardSwish', 'Swish', 'Gelu', 'Mish', 'Softplus', 'Softsign',
    'Exp', 'Log', 'Sqrt', 'Rsqrt', 'Reciprocal', 'Abs', 'Neg', 'Sign', 'Floor', 'Ceil', 'Round', 'Erf',
    'Sin', 'Cos', 'Square',
    'Softmax', 'LogSoftmax',
    // quantization
    'QuantizeLinear', 'DequantizeLinear', 'DynamicQuantizeLinear', 'Requantize',
    // data movement / shape
    'Reshape', 'Flatten', 'Squeeze', 'Unsqueeze', 'Transpose', 'Concat', 'Split', 'Slice', 'Gather',
    'GatherElements', 'GatherND', 'ScatterND', 'Pad', 'Tile', 'Expand', 'Identity', 'Dropout', 'Cast',
    'Shape', 'Size', 'ConstantOfShape', 'Constant', 'Range', 'Resize', 'DepthToSpace', 'SpaceToDepth',
    'NonZero', 'TopK', 'CumSum', 'OneHot', 'Pack', 'Unpack', 'BatchToSpace', 'SpaceToBatch', 'ReverseSequence',
    // control flow and state
    'If', 'Loop', 'Scan', 'Call', 'While', 'VarHandle', 'ReadVariable', 'AssignVariable',
    // variadic elementwise (ONNX Sum, Mean)
    'Sum', 'Mean',
    // anything we do not model: kept with its source name, 0 MACC, diagnostic
    'Custom', 'Unknown',
];
const KIND_SET = new Set(OP_KINDS);
function isOpKind(s) {
    return KIND_SET.has(s);
}

;// CONCATENATED MODULE: ./src/ir/dtype.ts
/** Element types of the IR, independent of any file format. */
const DTYPES = [
    'float32', 'float16', 'bfloat16', 'float64',
    'float8e4m3fn', 'float8e4m3fnuz', 'float8e5m2', 'float8e5m2fnuz', 'float4e2m1',
    'int4', 'uint4', 'int8', 'uint8', 'int16', 'uint16', 'int32', 'uint32', 'int64', 'uint64',
    'bool', 'string', 'complex64', 'complex128', 'resource', 'variant', 'unknown',
];
/** Storage width in bits; 0 for types without a fixed width (string, resource, unknown). */
const dtype_DTYPE_BITS = {
    float32: 32, float16: 16, bfloat16: 16, float64: 64,
    float8e4m3fn: 8, float8e4m3fnuz: 8, float8e5m2: 8, float8e5m2fnuz: 8, float4e2m1: 4,
    int4: 4, uint4: 4, int8: 8, uint8: 8, int16: 16, uint16: 16, int32: 32, uint32: 32, int64: 64, uint64: 64,
    bool: 8, string: 0, complex64: 64, complex128: 128, resource: 0, variant: 0, unknown: 0,
};
function isFloat(d) {
    return d.startsWith('float') || d === 'bfloat16';
}
function isInteger(d) {
    return /^u?int\d+$/.test(d);
}
/** Bytes needed to store `count` elements of `dtype` (sub-byte types packed, rounded up). */
function storageBytes(dtype, count) {
    return Math.ceil((count * dtype_DTYPE_BITS[dtype]) / 8);
}
/** Short name as stedgeai prints it: f32, s8, u8, s16, s32, ... */
function shortDType(d) {
    switch (d) {
        case 'float32': return 'f32';
        case 'float16': return 'f16';
        case 'float64': return 'f64';
        case 'bfloat16': return 'bf16';
        case 'bool': return 'bool';
        default: {
            const m = /^(u?)int(\d+)$/.exec(d);
            if (m)
                return `${m[1] ? 'u' : 's'}${m[2]}`;
            return d;
        }
    }
}

;// CONCATENATED MODULE: ./src/ir/shape.ts
function isStatic(shape) {
    return shape !== undefined && shape.every((d) => typeof d === 'number' && d >= 0);
}
/** Number of elements, or undefined when any dim is symbolic/unknown. */
function elementCount(shape) {
    if (!isStatic(shape))
        return undefined;
    let n = 1;
    for (const d of shape)
        n *= d;
    return n;
}
function formatShape(shape, sep = 'x') {
    if (shape === undefined)
        return '?';
    if (shape.length === 0)
        return 'scalar';
    return shape.map((d) => String(d)).join(sep);
}

;// CONCATENATED MODULE: ./src/ir/tensor-data.ts


/** Elements the data holds (not the shape's count), or undefined when unknown/not numeric. */
function elementCountOfData(t) {
    const d = t.data;
    if (!d)
        return undefined;
    switch (d.kind) {
        case 'values':
        case 'strings':
            return d.values.length;
        case 'computed':
            return undefined;
        case 'bytes':
            return bytesCount(d, t.dtype);
    }
}
function bytesCount(d, dtype) {
    switch (d.encoding) {
        case 'raw-le': {
            const bits = DTYPE_BITS[dtype];
            return bits === 0 ? undefined : Math.floor((d.length * 8) / bits);
        }
        case 'pb-fixed32': return Math.floor(d.length / 4);
        case 'pb-fixed64': return Math.floor(d.length / 8);
        case 'pb-varint':
        case 'pb-zigzag': {
            // One element per byte without the continuation bit.
            const bytes = d.source.read(d.offset, d.length);
            let n = 0;
            for (const b of bytes)
                if ((b & 0x80) === 0)
                    n++;
            return n;
        }
    }
}
/**
 * The tensor's values as numbers (int64 via BigInt -> Number, float16/bfloat16 widened, bool as
 * 0/1). undefined when there is no readable data, the dtype is not numeric, or the tensor has
 * more than `maxElements` elements.
 */
function readValues(t, maxElements) {
    const d = t.data;
    if (!d)
        return undefined;
    const declared = elementCount(t.shape);
    if (declared !== undefined && declared > maxElements)
        return undefined;
    switch (d.kind) {
        case 'values':
            return d.values.length > maxElements ? undefined : d.values.slice();
        case 'strings':
        case 'computed':
            return undefined;
        case 'bytes':
            return readBytes(d, t.dtype, maxElements);
    }
}
function readBytes(d, dtype, max) {
    const bits = dtype_DTYPE_BITS[dtype];
    if (bits === 0 || dtype.startsWith('complex'))
        return undefined;
    switch (d.encoding) {
        case 'raw-le': {
            const count = Math.floor((d.length * 8) / bits);
            if (count > max)
                return undefined;
            return decodeRaw(d.source.read(d.offset, d.length), dtype, count);
        }
        case 'pb-fixed32':
        case 'pb-fixed64': {
            const width = d.encoding === 'pb-fixed32' ? 4 : 8;
            const count = Math.floor(d.length / width);
            if (count > max)
                return undefined;
            const bytes = d.source.read(d.offset, count * width);
            const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
            const out = new Array(count);
            for (let i = 0; i < count; i++)
                out[i] = width === 4 ? dv.getFloat32(i * 4, true) : dv.getFloat64(i * 8, true);
            return out;
        }
        case 'pb-varint':
        case 'pb-zigzag': {
            if (d.length > max * 10)
                return undefined;
            const out = decodeVarints(d.source.read(d.offset, d.length), dtype, d.encoding === 'pb-zigzag');
            return out === undefined || out.length > max ? undefined : out;
        }
    }
}
function decodeVarints(bytes, dtype, zigzag) {
    const out = [];
    let v = 0n;
    let shift = 0n;
    for (const b of bytes) {
        v |= BigInt(b & 0x7f) << shift;
        shift += 7n;
        if (b & 0x80) {
            if (shift > 63n)
                return undefined;
            continue;
        }
        out.push(fromVarint(v, dtype, zigzag));
        v = 0n;
        shift = 0n;
    }
    return shift === 0n ? out : undefined;
}
/** ONNX int32_data holds int8..int32, uint8/16, bool and the 16-bit float types' bits. */
function fromVarint(v, dtype, zigzag) {
    if (zigzag)
        return Number(BigInt.asIntN(64, (v >> 1n) ^ -(v & 1n)));
    switch (dtype) {
        case 'int64': return Number(BigInt.asIntN(64, v));
        case 'uint64': return Number(BigInt.asUintN(64, v));
        case 'uint32': return Number(BigInt.asUintN(32, v));
        case 'float16': return halfToFloat(Number(v & 0xffffn));
        case 'bfloat16': return bf16ToFloat(Number(v & 0xffffn));
        case 'bool': return v === 0n ? 0 : 1;
        default: return Number(BigInt.asIntN(32, v));
    }
}
function decodeRaw(bytes, dtype, count) {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const out = new Array(count);
    const get = rawGetter(dv, dtype);
    if (!get)
        return undefined;
    for (let i = 0; i < count; i++)
        out[i] = get(i);
    return out;
}
function rawGetter(dv, dtype) {
    switch (dtype) {
        case 'float32': return (i) => dv.getFloat32(i * 4, true);
        case 'float64': return (i) => dv.getFloat64(i * 8, true);
        case 'float16': return (i) => halfToFloat(dv.getUint16(i * 2, true));
        case 'bfloat16': return (i) => bf16ToFloat(dv.getUint16(i * 2, true));
        case 'int8': return (i) => dv.getInt8(i);
        case 'uint8': return (i) => dv.getUint8(i);
        case 'bool': return (i) => (dv.getUint8(i) === 0 ? 0 : 1);
        case 'int16': return (i) => dv.getInt16(i * 2, true);
        case 'uint16': return (i) => dv.getUint16(i * 2, true);
        case 'int32': return (i) => dv.getInt32(i * 4, true);
        case 'uint32': return (i) => dv.getUint32(i * 4, true);
        case 'int64': return (i) => Number(dv.getBigInt64(i * 8, true));
        case 'uint64': return (i) => Number(dv.getBigUint64(i * 8, true));
        case 'int4': return (i) => { const n = (dv.getUint8(i >> 1) >> ((i & 1) * 4)) & 0xf; return n >= 8 ? n - 16 : n; };
        case 'uint4': return (i) => (dv.getUint8(i >> 1) >> ((i & 1) * 4)) & 0xf;
        default: return undefined;
    }
}
/** IEEE 754 binary16 bits -> number. */
function halfToFloat(h) {
    const sign = h & 0x8000 ? -1 : 1;
    const exp = (h >> 10) & 0x1f;
    const frac = h & 0x3ff;
    if (exp === 0)
        return sign * frac * 2 ** -24;
    if (exp === 31)
        return frac === 0 ? sign * Infinity : NaN;
    return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}
/** bfloat16 bits -> number (the upper half of a float32). */
function bf16ToFloat(b) {
    const dv = new DataView(new ArrayBuffer(4));
    dv.setUint32(0, b << 16, false);
    return dv.getFloat32(0, false);
}

;// CONCATENATED MODULE: ./src/frontends/onnx/dtype.ts
const BY_CODE = [
    /* 0 UNDEFINED */ undefined,
    'float32', 'uint8', 'int8', 'uint16', 'int16', 'int32', 'int64', 'string', 'bool', 'float16',
    'float64', 'uint32', 'uint64', 'complex64', 'complex128', 'bfloat16',
    'float8e4m3fn', 'float8e4m3fnuz', 'float8e5m2', 'float8e5m2fnuz', 'uint4', 'int4', 'float4e2m1',
];
function dtypeFromOnnx(code) {
    return (code === undefined ? undefined : BY_CODE[code]) ?? 'unknown';
}
function onnxFromDtype(d) {
    const i = BY_CODE.indexOf(d);
    return i < 0 ? 0 : i;
}

;// CONCATENATED MODULE: ./src/frontends/onnx/tensor.ts





const EXTERNAL = 1;
function mapTensor(ctx, lt, fallbackName) {
    const p = lt.proto;
    const name = p.name || fallbackName;
    const dtype = dtypeFromOnnx(p.data_type);
    const shape = p.dims.map(toNum);
    for (const d of shape) {
        if (!Number.isSafeInteger(d) || d < 0)
            throw ctx.reader.error('E_MALFORMED', `tensor '${name}' has invalid dimension ${d}`, lt.at);
    }
    const t = { name, dtype, shape };
    if (p.data_location === EXTERNAL) {
        const d = ctx.external.data(name, p.external_data, lt.at);
        const want = rawBytes(dtype, shape);
        if (d.kind === 'bytes' && want !== undefined) {
            if (d.length < want) {
                throw new FootprintError('E_TRUNCATED', `ONNX: tensor '${name}' (${dtype}[${shape.join(',')}]) needs ${want} bytes of external data but has ${d.length}`, { file: ctx.reader.file, offset: lt.at });
            }
            d.length = want;
        }
        t.data = d;
        return t;
    }
    t.data = embeddedData(ctx, lt, name, dtype, shape);
    if (t.data.kind === 'bytes' && t.data.encoding === 'raw-le') {
        const want = rawBytes(dtype, shape);
        if (want !== undefined && want !== t.data.length) {
            throw ctx.reader.error('E_MALFORMED', `tensor '${name}' (${dtype}[${shape.join(',')}]) needs ${want} bytes of raw_data but holds ${t.data.length}`, lt.at);
        }
    }
    return t;
}
function embeddedData(ctx, lt, name, dtype, shape) {
    const p = lt.proto;
    if (lt.payload) {
        const { offset, length, encoding } = lt.payload;
        return { kind: 'bytes', source: ctx.reader.source, offset, length, encoding };
    }
    if (p.string_data.length > 0)
        return { kind: 'strings', values: p.string_data.map((b) => new TextDecoder().decode(b)) };
    if (lt.decoded)
        return { kind: 'values', values: decodedValues(lt, dtype) };
    const count = shape.reduce((a, b) => a * b, 1);
    if (count === 0)
        return { kind: 'values', values: [] };
    return { kind: 'computed', by: `initializer '${name}' without data` };
}
/** Values of typed fields the generated decoder read (unpacked/split fields only). */
function decodedValues(lt, dtype) {
    const p = lt.proto;
    if (p.float_data.length > 0)
        return p.float_data.slice();
    if (p.double_data.length > 0)
        return p.double_data.slice();
    if (p.int64_data.length > 0)
        return p.int64_data.map(toNum);
    if (p.uint64_data.length > 0)
        return p.uint64_data.map((v) => { const n = toNum(v); return n < 0 ? n + 2 ** 64 : n; });
    if (p.raw_data.length > 0)
        return [];
    return p.int32_data.map((v) => {
        if (dtype === 'float16')
            return halfToFloat(v & 0xffff);
        if (dtype === 'bfloat16')
            return bf16ToFloat(v & 0xffff);
        if (dtype === 'bool')
            return v === 0 ? 0 : 1;
        return v;
    });
}
/** Bytes a raw little-endian payload of this dtype and shape needs; undefined when not fixed-width. */
function rawBytes(dtype, shape) {
    const count = shape.reduce((a, b) => a * b, 1);
    if (dtype_DTYPE_BITS[dtype] === 0 || !Number.isSafeInteger(count))
        return undefined;
    return storageBytes(dtype, count);
}
/** Sparse constants: shape and dtype are known, values are not kept dense. */
function mapSparseTensor(s, fallbackName) {
    const values = s.values?.proto;
    const name = values?.name || fallbackName;
    const nnz = values ? values.dims.map(toNum).reduce((a, b) => a * b, 1) : 0;
    return {
        name,
        dtype: dtypeFromOnnx(values?.data_type),
        shape: s.dims,
        data: { kind: 'computed', by: `sparse tensor with ${nnz} stored values` },
    };
}

;// CONCATENATED MODULE: ./src/frontends/onnx/map-node.ts





const T = onnx.AttributeProto.AttributeType;
/** QOperator-format ops mapped onto float-graph kinds (quantization goes to the tensors). */
const QOPERATOR_KINDS = {
    QLinearConv: 'Conv',
    ConvInteger: 'Conv',
    QLinearMatMul: 'MatMul',
    MatMulInteger: 'MatMul',
    'com.microsoft:QLinearAdd': 'Add',
    'com.microsoft:QLinearMul': 'Mul',
    'com.microsoft:QGemm': 'Gemm',
};
const SPATIAL = new Set([
    'Conv', 'ConvTranspose', 'MaxPool', 'AveragePool', 'LpPool', 'GlobalAveragePool', 'GlobalMaxPool',
    'BatchNormalization', 'InstanceNormalization', 'LRN', 'Resize', 'DepthToSpace', 'SpaceToDepth',
]);
function isDefaultDomain(domain) {
    return domain === '' || domain === 'ai.onnx';
}
/** The IR kind for an ONNX node, plus the diagnostic when it is not one we analyze. */
function mapOp(opType, domain, nodeName) {
    const q = QOPERATOR_KINDS[isDefaultDomain(domain) ? opType : `${domain}:${opType}`];
    if (q)
        return { op: q };
    if (!isDefaultDomain(domain)) {
        return { op: 'Custom', diagnostic: diag('W_DOMAIN', `operator '${opType}' of domain '${domain}' is not analyzed by the standard rules`, nodeName) };
    }
    if (isOpKind(opType) && opType !== 'Custom' && opType !== 'Unknown')
        return { op: opType };
    return { op: 'Unknown', diagnostic: diag('W_UNKNOWN_OP', `operator '${opType}' is not supported`, nodeName) };
}
/** Layout attributes every spatial op carries in the IR (ONNX is channels-first). */
function layoutAttrs(op, attrs) {
    if (!SPATIAL.has(op))
        return;
    attrs['layout'] ??= 'NCHW';
    if (op === 'Conv')
        attrs['weight_layout'] ??= 'OIHW';
    if (op === 'ConvTranspose')
        attrs['weight_layout'] ??= 'IOHW';
}
const utf8 = new TextDecoder();
function mapAttributes(ctx, list, nodeName) {
    const out = { attrs: {}, graphs: [] };
    for (const a of list) {
        const name = a.proto.name;
        const value = attrValue(ctx, a, `${nodeName}.${name}`, out.graphs);
        if (value !== undefined)
            out.attrs[name] = value;
    }
    return out;
}
function attrValue(ctx, a, path, graphs) {
    const p = a.proto;
    switch (attrType(a)) {
        case T.FLOAT: return p.f;
        case T.INT: return toNum(p.i);
        case T.STRING: return utf8.decode(p.s);
        case T.FLOATS: return p.floats.slice();
        case T.INTS: return p.ints.map(toNum);
        case T.STRINGS: return p.strings.map((s) => utf8.decode(s));
        case T.TENSOR: return a.t ? mapTensor(ctx, a.t, path) : undefined;
        case T.TENSORS: return a.tensors.map((lt, i) => mapTensor(ctx, lt, `${path}[${i}]`));
        case T.SPARSE_TENSOR: return a.sparse ? mapSparseTensor(a.sparse, path) : undefined;
        case T.SPARSE_TENSORS: return a.sparses.map((s, i) => mapSparseTensor(s, `${path}[${i}]`));
        case T.GRAPH:
            if (a.g)
                graphs.push([p.name, a.g]);
            return undefined;
        case T.GRAPHS:
            a.graphs.forEach((g, i) => graphs.push([`${p.name}[${i}]`, g]));
            return undefined;
        case T.TYPE_PROTO: return p.tp ? typeText(p.tp) : undefined;
        case T.TYPE_PROTOS: return p.type_protos.map(typeText);
        default: return undefined;
    }
}
/** The declared type, or the one implied by which field is set (old exporters omit `type`). */
function attrType(a) {
    const p = a.proto;
    if (p.type)
        return p.type;
    if (a.g)
        return T.GRAPH;
    if (a.graphs.length)
        return T.GRAPHS;
    if (a.t)
        return T.TENSOR;
    if (a.tensors.length)
        return T.TENSORS;
    if (a.sparse)
        return T.SPARSE_TENSOR;
    if (p.floats.length)
        return T.FLOATS;
    if (p.ints.length)
        return T.INTS;
    if (p.strings.length)
        return T.STRINGS;
    if (p.s.length)
        return T.STRING;
    if (p.f !== 0)
        return T.FLOAT;
    return T.INT;
}
function typeText(tp) {
    const elem = tp.tensor_type?.elem_type;
    return elem !== undefined && elem !== null ? `tensor(${elem})` : 'type';
}

;// CONCATENATED MODULE: ./src/frontends/onnx/constant.ts



const constant_utf8 = new TextDecoder();
function constantNodeTensor(ctx, ln, nodeName) {
    const output = ln.proto.output[0];
    const fail = (msg) => new FootprintError('E_MALFORMED', `ONNX: Constant node '${nodeName}' ${msg}`, { file: ctx.reader.file, node: nodeName, offset: ln.at });
    if (!output)
        throw fail('has no output');
    const a = ln.attrs[0];
    if (!a || ln.attrs.length !== 1)
        throw fail(`must have exactly one value attribute, found ${ln.attrs.length}`);
    const p = a.proto;
    const vals = (dtype, values, shape) => ({ name: output, dtype, shape, data: { kind: 'values', values } });
    switch (p.name) {
        case 'value':
            if (!a.t)
                throw fail("has a 'value' attribute without a tensor");
            return { ...mapTensor(ctx, a.t, output), name: output };
        case 'sparse_value':
            if (!a.sparse)
                throw fail("has a 'sparse_value' attribute without a sparse tensor");
            return { ...mapSparseTensor(a.sparse, output), name: output };
        case 'value_float': return vals('float32', [p.f], []);
        case 'value_floats': return vals('float32', p.floats.slice(), [p.floats.length]);
        case 'value_int': return vals('int64', [toNum(p.i)], []);
        case 'value_ints': return vals('int64', p.ints.map(toNum), [p.ints.length]);
        case 'value_string': return { name: output, dtype: 'string', shape: [], data: { kind: 'strings', values: [constant_utf8.decode(p.s)] } };
        case 'value_strings': {
            const values = p.strings.map((s) => constant_utf8.decode(s));
            return { name: output, dtype: 'string', shape: [values.length], data: { kind: 'strings', values } };
        }
        default:
            throw fail(`has unsupported attribute '${p.name}'`);
    }
}

;// CONCATENATED MODULE: ./src/frontends/onnx/qoperator.ts


const SPECS = {
    QLinearConv: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5, axis: 0 }], extra: [8], out: { scale: 6, zp: 7 } },
    QLinearMatMul: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5, axis: 'last' }], extra: [], out: { scale: 6, zp: 7 } },
    ConvInteger: { operands: [{ data: 0, zp: 2 }, { data: 1, zp: 3, axis: 0 }], extra: [] },
    MatMulInteger: { operands: [{ data: 0, zp: 2 }, { data: 1, zp: 3, axis: 'last' }], extra: [] },
    QLinearAdd: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5 }], extra: [], out: { scale: 6, zp: 7 } },
    QLinearMul: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5 }], extra: [], out: { scale: 6, zp: 7 } },
    QGemm: { operands: [{ data: 0, scale: 1, zp: 2 }, { data: 3, scale: 4, zp: 5, axis: 'transB' }], extra: [6], out: { scale: 7, zp: 8 } },
};
/** Most scale/zero-point values read per tensor (one per output channel). */
const MAX_QUANT_VALUES = 1 << 16;
/** Rewrites `n` in place when it is a QOperator node; returns the names of its scale/zp inputs. */
function applyQOperator(ctx, g, n) {
    const spec = SPECS[n.sourceOp];
    if (!spec || (n.op !== 'Conv' && n.op !== 'MatMul' && n.op !== 'Add' && n.op !== 'Mul' && n.op !== 'Gemm'))
        return [];
    const input = (i) => (i === undefined ? '' : n.inputs[i] ?? '');
    const params = [];
    for (const o of spec.operands) {
        const t = g.tensors.get(input(o.data));
        params.push(input(o.scale), input(o.zp));
        // Integer ops (no scale) never replace what a QLinear op recorded for the same tensor.
        if (o.scale === undefined && t?.quant)
            continue;
        const q = quantFrom(ctx, g, n, input(o.scale), input(o.zp), t);
        if (!t || !q)
            continue;
        if (q.scale.length > 1 || q.zeroPoint.length > 1)
            q.axis = axisOf(o, t, n);
        t.quant = q;
    }
    const out = g.tensors.get(n.outputs[0] ?? '');
    if (spec.out && input(spec.out.scale) !== '') {
        params.push(input(spec.out.scale), input(spec.out.zp));
        const q = quantFrom(ctx, g, n, input(spec.out.scale), input(spec.out.zp), out);
        if (out && q) {
            out.quant = q;
            if (out.dtype === 'unknown' && q.dtype)
                out.dtype = q.dtype;
        }
    }
    else if (!spec.out && out && out.dtype === 'unknown') {
        out.dtype = 'int32'; // ConvInteger / MatMulInteger accumulate in int32.
    }
    n.inputs = [...spec.operands.map((o) => input(o.data)), ...spec.extra.map(input).filter((s) => s !== '')];
    n.attrs['quantized_from'] = n.sourceOp;
    return params.filter((s) => s !== '');
}
function axisOf(o, t, n) {
    if (typeof o.axis === 'number')
        return o.axis;
    if (o.axis === 'last')
        return t.shape ? Math.max(0, t.shape.length - 1) : 1;
    if (o.axis === 'transB')
        return n.attrs['transB'] === 1 ? 0 : 1;
    return 1;
}
function quantFrom(ctx, g, n, scaleName, zpName, data) {
    const scaleT = scaleName ? g.tensors.get(scaleName) : undefined;
    const zpT = zpName ? g.tensors.get(zpName) : undefined;
    const scale = scaleName === '' ? [1] : scaleT ? readValues(scaleT, MAX_QUANT_VALUES) : undefined;
    const zp = zpName === '' ? undefined : zpT ? readValues(zpT, MAX_QUANT_VALUES) : undefined;
    if (scale === undefined || (zpName !== '' && zp === undefined)) {
        const which = scale === undefined ? scaleName : zpName;
        ctx.diagnostics.push(diag('I_ASSUMPTION', `${n.sourceOp} node '${n.name}': '${which}' is not a constant; quantization of '${data?.name ?? '?'}' not recorded`, n.name));
        return undefined;
    }
    const q = { scale, zeroPoint: zp ?? scale.map(() => 0) };
    const dtype = zpT?.dtype ?? data?.dtype;
    if (dtype && dtype !== 'unknown')
        q.dtype = dtype;
    return q;
}
/** Removes constants that only fed QOperator scale/zero-point inputs. */
function dropUnusedConstants(g, candidates) {
    if (candidates.size === 0)
        return;
    const used = new Set(g.outputs);
    const visit = (graph) => {
        for (const n of graph.nodes) {
            for (const i of n.inputs)
                used.add(i);
            for (const sub of Object.values(n.subgraphs ?? {})) {
                for (const r of sub.outerRefs ?? [])
                    used.add(r);
                visit(sub);
            }
        }
    };
    visit(g);
    for (const c of candidates) {
        if (!used.has(c) && g.tensors.get(c)?.data !== undefined)
            g.tensors.delete(c);
    }
}

;// CONCATENATED MODULE: ./src/frontends/onnx/value-info.ts


/** Numbers unnamed dims across a model so two unknown dims never look equal by accident. */
class DimNamer {
    n = 0;
    next() {
        return `unk_${this.n++}`;
    }
}
function tensorFromValueInfo(vi, name, dims) {
    const t = { name, dtype: 'unknown' };
    const type = vi.type;
    const tt = type?.tensor_type ?? type?.sparse_tensor_type;
    if (!tt)
        return t;
    t.dtype = dtypeFromOnnx(tt.elem_type ?? undefined);
    if (tt.shape)
        t.shape = shapeOf(tt.shape, dims);
    return t;
}
function shapeOf(s, dims) {
    return (s.dim ?? []).map((d) => {
        if (d.dim_value !== undefined && d.dim_value !== null) {
            const v = toNum(d.dim_value);
            if (Number.isSafeInteger(v) && v >= 0)
                return v;
            return dims.next();
        }
        if (d.dim_param)
            return d.dim_param;
        return dims.next();
    });
}
/** Fills what a tensor does not know yet from a ValueInfo (never overrides known facts). */
function mergeValueInfo(t, from) {
    if (t.dtype === 'unknown')
        t.dtype = from.dtype;
    if (t.shape === undefined && from.shape !== undefined)
        t.shape = from.shape;
}

;// CONCATENATED MODULE: ./src/frontends/onnx/map-graph.ts






function inScope(scope, name) {
    for (let s = scope; s; s = s.parent)
        if (s.has(name))
            return true;
    return false;
}
function mapGraph(ctx, lg, outer, fallbackName) {
    const g = { name: lg.proto.name || fallbackName, tensors: new Map(), nodes: [], inputs: [], outputs: [] };
    const where = (extra = {}) => ({ file: ctx.reader.file, offset: lg.at, ...extra });
    const producer = new Map();
    const define = (t, by, node) => {
        const prev = producer.get(t.name);
        if (prev !== undefined) {
            throw new FootprintError('E_GRAPH', `ONNX: tensor '${t.name}' is defined twice in graph '${g.name}': by ${prev} and by ${by}`, where(node === undefined ? {} : { node }));
        }
        producer.set(t.name, by);
        g.tensors.set(t.name, t);
    };
    lg.initializers.forEach((lt, i) => define(mapTensor(ctx, lt, `${g.name}.initializer[${i}]`), 'an initializer'));
    lg.sparseInitializers.forEach((s, i) => define(mapSparseTensor(s, `${g.name}.sparse_initializer[${i}]`), 'a sparse initializer'));
    for (const vi of lg.proto.input) {
        const name = vi.name ?? '';
        const declared = tensorFromValueInfo(vi, name, ctx.dims);
        const init = g.tensors.get(name);
        if (init && producer.get(name) !== 'a graph input') {
            mergeValueInfo(init, declared); // IR < 4: initializers are listed as inputs too.
            continue;
        }
        define(declared, 'a graph input');
        g.inputs.push(name);
    }
    const info = new Map();
    for (const vi of [...lg.proto.value_info, ...lg.proto.output]) {
        info.set(vi.name ?? '', tensorFromValueInfo(vi, vi.name ?? '', ctx.dims));
    }
    const names = new Set();
    const pending = [];
    lg.nodes.forEach((ln, index) => {
        const p = ln.proto;
        const name = uniqueName(names, p.name || p.output.find((o) => o !== '') || `${p.op_type}_${index}`);
        if (p.op_type === 'Constant' && isDefaultDomain(p.domain)) {
            define(constantNodeTensor(ctx, ln, name), `Constant node '${name}'`, name);
            return;
        }
        const { op, diagnostic } = mapOp(p.op_type, p.domain, name);
        if (diagnostic)
            ctx.diagnostics.push(diagnostic);
        const node = { name, op, sourceOp: p.op_type, inputs: p.input.slice(), outputs: p.output.slice(), attrs: {} };
        if (!isDefaultDomain(p.domain))
            node.domain = p.domain;
        for (const o of node.outputs) {
            if (o === '')
                continue;
            const t = { name: o, dtype: 'unknown' };
            const vi = info.get(o);
            if (vi)
                mergeValueInfo(t, vi);
            define(t, `node '${name}'`, name);
        }
        g.nodes.push(node);
        pending.push([node, ln]);
    });
    // Attributes and nested graphs once every local name is known (subgraphs may read any of them).
    const scope = { has: (n) => g.tensors.has(n), ...(outer ? { parent: outer } : {}) };
    for (const [node, ln] of pending) {
        const mapped = mapAttributes(ctx, ln.attrs, node.name);
        node.attrs = mapped.attrs;
        layoutAttrs(node.op, node.attrs);
        if (mapped.graphs.length > 0) {
            node.subgraphs = {};
            for (const [key, sub] of mapped.graphs)
                node.subgraphs[key] = mapGraph(ctx, sub, scope, `${node.name}.${key}`);
            ctx.diagnostics.push(diag('W_SUBGRAPH', `node '${node.name}' (${node.sourceOp}) holds nested graphs: ${Object.keys(node.subgraphs).join(', ')}`, node.name));
        }
    }
    const outerRefs = new Set();
    const resolve = (name, user, node) => {
        if (name === '' || g.tensors.has(name))
            return;
        if (inScope(outer, name)) {
            outerRefs.add(name);
            return;
        }
        throw new FootprintError('E_GRAPH', `ONNX: ${user} reads tensor '${name}' which no node, input or initializer of graph '${g.name}' produces`, where(node === undefined ? {} : { node }));
    };
    for (const n of g.nodes)
        for (const i of n.inputs)
            resolve(i, `node '${n.name}'`, n.name);
    for (const vi of lg.proto.output) {
        const name = vi.name ?? '';
        resolve(name, 'graph output');
        const t = g.tensors.get(name);
        const declared = info.get(name);
        if (t && declared)
            mergeValueInfo(t, declared);
        else if (!t && declared)
            g.tensors.set(name, declared); // an outer-scope value returned as is
        g.outputs.push(name);
    }
    if (outerRefs.size > 0)
        g.outerRefs = [...outerRefs];
    const quantParams = new Set();
    for (const n of g.nodes)
        for (const q of applyQOperator(ctx, g, n))
            quantParams.add(q);
    dropUnusedConstants(g, quantParams);
    return g;
}
function uniqueName(taken, base) {
    let name = base;
    for (let k = 1; taken.has(name); k++)
        name = `${base}_${k}`;
    taken.add(name);
    return name;
}

;// CONCATENATED MODULE: ./src/frontends/onnx/external.ts

/** Opens each sibling file once per model. */
class ExternalFiles {
    input;
    opened = new Map();
    constructor(input) {
        this.input = input;
    }
    /** The TensorData for an external tensor, or a FootprintError naming the tensor and location. */
    data(tensor, entries, at) {
        const file = this.input.path;
        const kv = new Map();
        for (const e of entries)
            kv.set(e.key ?? '', e.value ?? '');
        const location = kv.get('location');
        const fail = (message) => new FootprintError('E_EXTERNAL_DATA', `ONNX: tensor '${tensor}': ${message}`, { file, offset: at });
        if (location === undefined || location === '')
            throw fail('external data without a location');
        const rel = checkLocation(location);
        if (rel === undefined)
            throw fail(`external data location '${location}' is not a relative path inside the model's folder`);
        const offset = parseCount(kv.get('offset'), 0);
        if (offset === undefined)
            throw fail(`external data offset '${kv.get('offset') ?? ''}' is not a non-negative integer`);
        const src = this.open(rel);
        if (!src)
            throw fail(`external data file '${location}' not found beside the model`);
        const length = parseCount(kv.get('length'), src.size - offset);
        if (length === undefined)
            throw fail(`external data length '${kv.get('length') ?? ''}' is not a non-negative integer`);
        if (offset + length > src.size) {
            throw new FootprintError('E_TRUNCATED', `ONNX: tensor '${tensor}': external data '${location}' needs bytes ${offset}..${offset + length} but the file has ${src.size}`, { file, offset: at });
        }
        return { kind: 'bytes', source: src, offset, length, encoding: 'raw-le' };
    }
    open(rel) {
        if (!this.opened.has(rel))
            this.opened.set(rel, this.input.openSibling?.(rel));
        return this.opened.get(rel);
    }
}
/**
 * A normalized relative path ('a/b.bin') when `location` stays inside the model's folder;
 * undefined for absolute paths, drive letters, UNC/backslash roots, NUL bytes, or `..` escapes.
 */
function checkLocation(location) {
    if (location.includes('\0') || location.includes(':'))
        return undefined;
    const p = location.replace(/\\/g, '/');
    if (p.startsWith('/') || p.startsWith('~'))
        return undefined;
    const out = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (out.length === 0)
                return undefined;
            out.pop();
        }
        else {
            out.push(seg);
        }
    }
    return out.length === 0 ? undefined : out.join('/');
}
function parseCount(s, dflt) {
    if (s === undefined || s === '')
        return dflt >= 0 ? dflt : undefined;
    if (!/^\d+$/.test(s.trim()))
        return undefined;
    const n = Number(s.trim());
    return Number.isSafeInteger(n) ? n : undefined;
}

;// CONCATENATED MODULE: ./src/frontends/onnx/probe.ts
/** Does a file's head look like an ONNX ModelProto? Never throws. */
/** ModelProto field number -> wire type. */
const MODEL_FIELDS = new Map([
    [1, 0], [2, 2], [3, 2], [4, 2], [5, 0], [6, 2], [7, 2], [8, 2], [14, 2], [20, 2], [25, 2], [26, 2],
]);
function varint(b, pos) {
    let v = 0;
    let mul = 1;
    for (let i = 0; i < 10 && pos + i < b.length; i++) {
        const x = b[pos + i];
        v += (x & 0x7f) * mul;
        mul *= 128;
        if ((x & 0x80) === 0)
            return [v, pos + i + 1];
    }
    return undefined;
}
/**
 * Walks the fields that fit in `head`: each must be a ModelProto field with its wire type. With
 * the .onnx extension one plausible field is enough; otherwise the file must start with
 * ir_version (tag 0x08, a small value) followed by another plausible field.
 */
function probeOnnx(path, head) {
    const byExtension = path.toLowerCase().endsWith('.onnx');
    if (head.length === 0)
        return byExtension;
    let pos = 0;
    let fields = 0;
    while (pos < head.length) {
        const tag = varint(head, pos);
        if (!tag)
            break;
        const no = Math.floor(tag[0] / 8);
        const wire = tag[0] % 8;
        if (MODEL_FIELDS.get(no) !== wire)
            return false;
        if (fields === 0 && !byExtension && (no !== 1 || (head[tag[1]] ?? 0) === 0 || (head[tag[1]] ?? 99) > 20))
            return false;
        fields++;
        const value = varint(head, tag[1]);
        if (!value)
            break;
        pos = wire === 2 ? value[1] + value[0] : value[1];
    }
    return byExtension ? fields >= 1 || head.length < 4 : fields >= 2 || (fields === 1 && pos >= head.length);
}

;// CONCATENATED MODULE: ./src/frontends/onnx/index.ts







const onnxFrontend = {
    format: 'onnx',
    extensions: ['.onnx'],
    probe: (input, head) => probeOnnx(input.path, head),
    read: readOnnx,
};
/** Reads an ONNX model lazily: weight bytes stay in the source as offsets. */
function readOnnx(input) {
    try {
        return readOnnxWith(new WireReader(input.source, input.path), input);
    }
    catch (e) {
        throw asFootprintError(e, input.path);
    }
}
/** As readOnnx, with a caller-made reader (tests count the bytes it reads). */
function readOnnxWith(reader, input) {
    if (reader.size === 0)
        throw new FootprintError('E_TRUNCATED', 'ONNX: the file is empty (0 bytes)', { file: input.path, offset: 0 });
    const lazy = readLazyModel(reader);
    if (!lazy.graph)
        throw new FootprintError('E_MALFORMED', 'ONNX: ModelProto has no graph (field 7)', { file: input.path, offset: 0 });
    if (lazy.proto.opset_import.length === 0 && toNum(lazy.proto.ir_version) >= 3) {
        throw new FootprintError('E_MALFORMED', 'ONNX: ModelProto has no opset_import (required since IR version 3)', { file: input.path, offset: 0 });
    }
    const ctx = { reader, external: new ExternalFiles(input), diagnostics: [], dims: new DimNamer() };
    const graph = mapGraph(ctx, lazy.graph, undefined, 'main');
    return { format: 'onnx', path: input.path, graph, meta: modelMeta(lazy), diagnostics: ctx.diagnostics };
}
function modelMeta(lazy) {
    const p = lazy.proto;
    const meta = { irVersion: toNum(p.ir_version) };
    const producer = [p.producer_name, p.producer_version].filter((s) => s).join(' ');
    if (producer)
        meta['producer'] = producer;
    if (p.domain)
        meta['domain'] = p.domain;
    if (toNum(p.model_version) !== 0)
        meta['modelVersion'] = toNum(p.model_version);
    for (const o of p.opset_import) {
        const domain = o.domain || 'ai.onnx';
        const version = toNum(o.version);
        meta[`opset:${domain}`] = version;
        if (domain === 'ai.onnx')
            meta['opset'] = version;
    }
    if (lazy.skipped.functions > 0)
        meta['functions'] = lazy.skipped.functions;
    if (lazy.skipped.trainingInfo > 0)
        meta['trainingInfo'] = lazy.skipped.trainingInfo;
    return meta;
}

;// CONCATENATED MODULE: ./src/frontends/registry.ts


/** Formats in probe order. TFLite and Keras join here. */
const FRONTENDS = [onnxFrontend];
/** Bytes handed to probes. */
const HEAD_BYTES = 64;
function head(input) {
    try {
        return input.source.read(0, Math.min(HEAD_BYTES, input.source.size));
    }
    catch (e) {
        throw asFootprintError(e, input.path);
    }
}
function probes(f, input, h) {
    try {
        return f.probe(input, h);
    }
    catch {
        // Probes must not throw (that is a bug in the probe); the file is then "not this format".
        return false;
    }
}
/**
 * The frontend for `input`: frontends claiming the file's extension are asked first, then the
 * rest (content wins over a wrong extension). undefined when none recognizes the bytes.
 */
function detectFrontend(input) {
    const h = head(input);
    const lower = input.path.toLowerCase();
    const byExt = FRONTENDS.filter((f) => f.extensions.some((e) => lower.endsWith(e)));
    const others = FRONTENDS.filter((f) => !byExt.includes(f));
    return [...byExt, ...others].find((f) => probes(f, input, h));
}
/** Reads any supported model; E_UNKNOWN_FORMAT says what the bytes look like instead. */
function readModel(input) {
    if (input.source.size === 0) {
        throw new FootprintError('E_TRUNCATED', 'the file is empty (0 bytes)', { file: input.path, offset: 0 });
    }
    const f = detectFrontend(input);
    if (!f) {
        throw new FootprintError('E_UNKNOWN_FORMAT', `not a supported model format: ${describeBytes(head(input))}`, { file: input.path, offset: 0 });
    }
    try {
        return f.read(input);
    }
    catch (e) {
        throw asFootprintError(e, input.path);
    }
}
const hex = (b) => [...b].map((x) => x.toString(16).padStart(2, '0')).join(' ');
/** A short description of what a file starts with, for E_UNKNOWN_FORMAT. */
function describeBytes(h) {
    const text = new TextDecoder('utf-8', { fatal: false }).decode(h.subarray(0, 32));
    const starts = `starts with bytes ${hex(h.subarray(0, 8))}`;
    if (text.startsWith('version https://git-lfs'))
        return 'looks like a Git LFS pointer (run `git lfs pull` to fetch the real file)';
    if (h[0] === 0x50 && h[1] === 0x4b && h[2] === 0x03 && h[3] === 0x04)
        return `${starts} (a zip archive)`;
    if (h[0] === 0x89 && text.slice(1, 4) === 'HDF')
        return `${starts} (an HDF5 file)`;
    if (text.slice(4, 8) === 'TFL3')
        return `${starts} (a TFLite flatbuffer)`;
    if (/^\s*[{[]/.test(text))
        return `${starts} (JSON text)`;
    if (/^\s*</.test(text))
        return `${starts} (HTML/XML text: a download error page?)`;
    if (h[0] === 0x1f && h[1] === 0x8b)
        return `${starts} (a gzip archive)`;
    return `${starts}, which no supported format (ONNX protobuf) starts with`;
}

;// CONCATENATED MODULE: ./src/passes/graph-edit.ts
/** The graphs nested in `g` (all depths), outermost first; `g` itself is not included. */
function nestedGraphs(g) {
    const out = [];
    const stack = [];
    for (const n of g.nodes)
        for (const sg of Object.values(n.subgraphs ?? {}))
            stack.push(sg);
    while (stack.length > 0) {
        const sg = stack.pop();
        out.push(sg);
        for (const n of sg.nodes)
            for (const inner of Object.values(n.subgraphs ?? {}))
                stack.push(inner);
    }
    return out;
}
/** Names a node's subgraphs (any depth) read from outside themselves. */
function outerReads(node) {
    const reads = new Set();
    if (!node.subgraphs)
        return reads;
    const stack = Object.values(node.subgraphs);
    const defined = new Set();
    const used = [];
    while (stack.length > 0) {
        const sg = stack.pop();
        for (const i of sg.inputs)
            defined.add(i);
        for (const [name, t] of sg.tensors)
            if (t.data !== undefined)
                defined.add(name);
        for (const n of sg.nodes) {
            for (const o of n.outputs)
                if (o !== '')
                    defined.add(o);
            for (const i of n.inputs)
                if (i !== '')
                    used.push(i);
            for (const inner of Object.values(n.subgraphs ?? {}))
                stack.push(inner);
        }
        for (const o of sg.outputs)
            used.push(o);
    }
    for (const u of used)
        if (!defined.has(u))
            reads.add(u);
    return reads;
}
function isConstant(g, name) {
    return g.tensors.get(name)?.data !== undefined;
}
/** Producer/consumer index of one graph level; subgraph outer reads count as uses by their node. */
function buildUseIndex(g) {
    const producer = new Map();
    const consumers = new Map();
    const addUse = (name, n) => {
        const list = consumers.get(name);
        if (list === undefined)
            consumers.set(name, [n]);
        else if (list[list.length - 1] !== n)
            list.push(n);
    };
    for (const n of g.nodes) {
        for (const o of n.outputs)
            if (o !== '')
                producer.set(o, n);
        for (const i of n.inputs)
            if (i !== '')
                addUse(i, n);
        for (const r of outerReads(n))
            addUse(r, n);
    }
    return { producer, consumers, graphOutputs: new Set(g.outputs), graphInputs: new Set(g.inputs) };
}
/** Replaces reads of `from` by `to` in node inputs (including nested graphs that read `from`). */
function replaceUses(g, from, to, only) {
    const nodes = only ?? g.nodes;
    for (const n of nodes) {
        for (let i = 0; i < n.inputs.length; i++)
            if (n.inputs[i] === from)
                n.inputs[i] = to;
        if (!n.subgraphs)
            continue;
        for (const sg of [...Object.values(n.subgraphs), ...Object.values(n.subgraphs).flatMap(nestedGraphs)]) {
            if (definesLocally(sg, from))
                continue;
            for (const sn of sg.nodes)
                for (let i = 0; i < sn.inputs.length; i++)
                    if (sn.inputs[i] === from)
                        sn.inputs[i] = to;
            for (let i = 0; i < sg.outputs.length; i++)
                if (sg.outputs[i] === from)
                    sg.outputs[i] = to;
        }
    }
}
function definesLocally(sg, name) {
    if (sg.inputs.includes(name))
        return true;
    if (sg.tensors.get(name)?.data !== undefined)
        return true;
    return sg.nodes.some((n) => n.outputs.includes(name));
}
/**
 * Renames tensor `from` to `to` in this graph: the producer's output, every read, graph outputs.
 * The tensor entry `to` keeps its own description when it exists (merged with what `from` knew).
 */
function renameTensor(g, from, to) {
    const src = g.tensors.get(from);
    const dst = g.tensors.get(to);
    if (src !== undefined) {
        const merged = { ...src, ...(dst ?? {}), name: to };
        if (merged.shape === undefined && src.shape !== undefined)
            merged.shape = src.shape;
        if (merged.dtype === 'unknown' && src.dtype !== 'unknown')
            merged.dtype = src.dtype;
        g.tensors.set(to, merged);
        g.tensors.delete(from);
    }
    for (const n of g.nodes) {
        for (let i = 0; i < n.outputs.length; i++)
            if (n.outputs[i] === from)
                n.outputs[i] = to;
    }
    replaceUses(g, from, to);
    for (let i = 0; i < g.outputs.length; i++)
        if (g.outputs[i] === from)
            g.outputs[i] = to;
}
/** Records that `absorbed` (and everything it had absorbed) now lives inside `into`. */
function absorb(into, absorbed) {
    const list = into.fused ?? [];
    list.push(absorbed.name, ...(absorbed.fused ?? []));
    into.fused = list;
}
/** Removes the given nodes from the graph, keeping the order of the others. */
function removeNodes(g, dead) {
    if (dead.size === 0)
        return;
    g.nodes = g.nodes.filter((n) => !dead.has(n));
}
/** A tensor name not yet used in the graph, built from `base`. */
function freshTensorName(g, base) {
    if (!g.tensors.has(base))
        return base;
    for (let i = 1;; i++) {
        const name = `${base}_${i}`;
        if (!g.tensors.has(name))
            return name;
    }
}

;// CONCATENATED MODULE: ./src/passes/min-heap.ts
/** A binary min-heap of non-negative integers (node indexes), for stable topological sorting. */
class MinHeap {
    items = [];
    get size() {
        return this.items.length;
    }
    push(v) {
        const a = this.items;
        a.push(v);
        let i = a.length - 1;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            const pv = a[parent];
            if (pv <= v)
                break;
            a[i] = pv;
            i = parent;
        }
        a[i] = v;
    }
    /** Removes and returns the smallest item; callers check `size` first. */
    pop() {
        const a = this.items;
        if (a.length === 0)
            throw new Error('MinHeap.pop on an empty heap');
        const top = a[0];
        const last = a.pop();
        if (a.length === 0)
            return top;
        let i = 0;
        for (;;) {
            const l = 2 * i + 1;
            if (l >= a.length)
                break;
            const r = l + 1;
            const c = r < a.length && a[r] < a[l] ? r : l;
            if (a[c] >= last)
                break;
            a[i] = a[c];
            i = c;
        }
        a[i] = last;
        return top;
    }
}

;// CONCATENATED MODULE: ./src/passes/invariants.ts

function verifyInvariants(graph, passName) {
    const stack = [{ g: graph, outer: new Set() }];
    while (stack.length > 0) {
        const { g, outer } = stack.pop();
        const fail = (msg, node) => new FootprintError('E_INTERNAL', `after pass '${passName}'${g === graph ? '' : ` (graph '${g.name}')`}: ${msg}`, node === undefined ? {} : { node });
        const available = new Set(outer);
        for (const i of g.inputs) {
            if (!g.tensors.has(i))
                throw fail(`graph input '${i}' has no tensor entry`);
            available.add(i);
        }
        for (const [name, t] of g.tensors)
            if (t.data !== undefined)
                available.add(name);
        const names = new Set();
        const produced = new Set();
        for (const n of g.nodes) {
            if (names.has(n.name))
                throw fail(`two nodes are named '${n.name}'`, n.name);
            names.add(n.name);
            for (const i of n.inputs) {
                if (i === '')
                    continue;
                if (!g.tensors.has(i) && !outer.has(i))
                    throw fail(`node '${n.name}' reads '${i}', which has no tensor entry`, n.name);
                if (!available.has(i))
                    throw fail(`node '${n.name}' reads '${i}' before any node produces it`, n.name);
            }
            for (const o of n.outputs) {
                if (o === '')
                    continue;
                if (!g.tensors.has(o))
                    throw fail(`node '${n.name}' writes '${o}', which has no tensor entry`, n.name);
                if (produced.has(o))
                    throw fail(`tensor '${o}' is produced by two nodes (second: '${n.name}')`, n.name);
                produced.add(o);
                available.add(o);
            }
        }
        for (const o of g.outputs) {
            if (!available.has(o))
                throw fail(`graph output '${o}' is neither produced, an input nor a constant`);
        }
        for (const n of g.nodes) {
            for (const sg of Object.values(n.subgraphs ?? {}))
                stack.push({ g: sg, outer: available });
        }
    }
}

;// CONCATENATED MODULE: ./src/passes/verify.ts



const verifyPass = {
    name: 'verify',
    run(graph, ctx) {
        verifyGraph(graph, ctx.model.path);
        return graph;
    },
};
/** Checks `graph` and its nested graphs; sorts their nodes in place. Throws E_GRAPH. */
function verifyGraph(graph, file) {
    const stack = [{ g: graph, outer: new Set() }];
    while (stack.length > 0) {
        const { g, outer } = stack.pop();
        sortAndCheck(g, outer, file, g === graph ? undefined : g.name);
        const withSub = g.nodes.filter((n) => n.subgraphs !== undefined);
        if (withSub.length === 0)
            continue;
        const scope = new Set(outer);
        for (const i of g.inputs)
            scope.add(i);
        for (const [name, t] of g.tensors)
            if (t.data !== undefined)
                scope.add(name);
        for (const n of g.nodes)
            for (const o of n.outputs)
                if (o !== '')
                    scope.add(o);
        for (const n of withSub)
            for (const sg of Object.values(n.subgraphs ?? {}))
                stack.push({ g: sg, outer: scope });
    }
}
function graphError(message, file, node) {
    const ctx = {};
    if (file !== undefined)
        ctx.file = file;
    if (node !== undefined)
        ctx.node = node;
    return new FootprintError('E_GRAPH', message, ctx);
}
/** ' in graph <name>' for nested graphs, '' for the model's main graph. */
function where(label) {
    return label !== undefined ? ` in graph '${label}'` : '';
}
function sortAndCheck(g, outer, file, label) {
    const inputs = new Set(g.inputs);
    for (const i of g.inputs) {
        if (!g.tensors.has(i))
            throw graphError(`graph input '${i}'${where(label)} has no tensor entry`, file);
    }
    const producer = new Map();
    g.nodes.forEach((n, idx) => {
        for (const o of n.outputs) {
            if (o === '')
                continue;
            if (!g.tensors.has(o))
                throw graphError(`node '${n.name}' output '${o}' has no tensor entry${where(label)}`, file, n.name);
            const prev = producer.get(o);
            if (prev !== undefined) {
                const other = g.nodes[prev]?.name ?? '?';
                throw graphError(`tensor '${o}' is produced twice: by node '${other}' and by node '${n.name}'${where(label)}`, file, n.name);
            }
            if (inputs.has(o))
                throw graphError(`tensor '${o}' is a graph input and is also produced by node '${n.name}'${where(label)}`, file, n.name);
            producer.set(o, idx);
        }
    });
    // Dependencies: node index -> indexes of the nodes it reads from.
    const deps = [];
    let sorted = true;
    g.nodes.forEach((n, idx) => {
        const d = [];
        n.inputs.forEach((name, k) => {
            if (name === '')
                return;
            const p = producer.get(name);
            if (p !== undefined) {
                d.push(p);
                return;
            }
            const t = g.tensors.get(name);
            if (inputs.has(name) || t?.data !== undefined || outer.has(name))
                return;
            if (t === undefined)
                throw graphError(`node '${n.name}' input #${k} '${name}' names no tensor of the graph${where(label)}`, file, n.name);
            throw graphError(`node '${n.name}' reads tensor '${name}', which no node produces and which is neither a graph input nor a constant${where(label)}`, file, n.name);
        });
        for (const r of outerReads(n)) {
            const p = producer.get(r);
            if (p !== undefined)
                d.push(p);
        }
        for (const p of d)
            if (p >= idx)
                sorted = false;
        deps.push(d);
    });
    for (const o of g.outputs) {
        const t = g.tensors.get(o);
        if (producer.has(o) || inputs.has(o) || t?.data !== undefined || outer.has(o))
            continue;
        if (t === undefined)
            throw graphError(`graph output '${o}'${where(label)} has no tensor entry`, file);
        throw graphError(`graph output '${o}'${where(label)} is not produced by any node`, file);
    }
    if (!sorted)
        g.nodes = topoOrder(g, deps, file, label);
}
/** Kahn's algorithm, ready nodes taken in file order; names a cycle when there is one. */
function topoOrder(g, deps, file, label) {
    const n = g.nodes.length;
    const indegree = new Array(n).fill(0);
    const users = Array.from({ length: n }, () => []);
    deps.forEach((d, i) => {
        for (const p of d) {
            indegree[i] = (indegree[i] ?? 0) + 1;
            users[p]?.push(i);
        }
    });
    const heap = new MinHeap();
    indegree.forEach((deg, i) => {
        if (deg === 0)
            heap.push(i);
    });
    const order = [];
    while (heap.size > 0) {
        const i = heap.pop();
        order.push(g.nodes[i]);
        for (const u of users[i] ?? []) {
            const left = (indegree[u] ?? 0) - 1;
            indegree[u] = left;
            if (left === 0)
                heap.push(u);
        }
    }
    if (order.length === n)
        return order;
    const cycle = findCycle(deps, indegree);
    const names = cycle.map((i) => `'${g.nodes[i]?.name ?? '?'}'`);
    const first = g.nodes[cycle[0] ?? 0]?.name;
    throw graphError(`cycle between nodes ${names.join(' -> ')} -> ${names[0] ?? ''}${where(label)}`, file, first);
}
/** Among nodes left with indegree > 0, walks predecessors until one repeats: that loop is a cycle. */
function findCycle(deps, indegree) {
    const start = indegree.findIndex((d) => d > 0);
    const seenAt = new Map();
    const path = [];
    let cur = start;
    while (!seenAt.has(cur)) {
        seenAt.set(cur, path.length);
        path.push(cur);
        const next = (deps[cur] ?? []).find((p) => (indegree[p] ?? 0) > 0);
        if (next === undefined)
            break;
        cur = next;
    }
    const loop = path.slice(seenAt.get(cur) ?? 0);
    // `path` follows edges backwards (node -> its producer); reverse to show data flow.
    return loop.reverse();
}


;// CONCATENATED MODULE: ./src/passes/input-shapes.ts




const ANONYMOUS = new Set(['', '?', 'None', 'none', '-1', 'unknown']);
function isSymbolic(d) {
    return typeof d === 'string' || d < 0;
}
const inputShapesPass = {
    name: 'input-shapes',
    run(graph, ctx) {
        const symbols = new Map();
        applyUserShapes(graph, ctx, symbols);
        resolveRemaining(graph, ctx, symbols);
        if (symbols.size > 0)
            substitute(graph, symbols);
        return graph;
    },
};
/** Inputs a user can feed: graph inputs that are not constants (old ONNX lists initializers). */
function feedableInputs(g) {
    return g.inputs.filter((i) => g.tensors.get(i)?.data === undefined);
}
function applyUserShapes(g, ctx, symbols) {
    const given = ctx.options.inputShapes ?? {};
    const feedable = feedableInputs(g);
    const file = ctx.model.path;
    for (const [name, dims] of Object.entries(given)) {
        const t = g.tensors.get(name);
        if (!feedable.includes(name) || t === undefined) {
            throw new FootprintError('E_INPUT_SHAPE', `--input-shape names '${name}', which is not an input of the model; its inputs are: ${feedable.map((i) => `'${i}'`).join(', ') || '(none)'}`, { file });
        }
        if (!dims.every((d) => Number.isInteger(d) && d > 0)) {
            throw new FootprintError('E_INPUT_SHAPE', `--input-shape for '${name}' must be positive integers, found ${dims.join('x')}`, { file });
        }
        const old = t.shape;
        if (old !== undefined && old.length !== dims.length) {
            throw new FootprintError('E_INPUT_SHAPE', `input '${name}' has rank ${old.length} (expected ${formatShape(old)}), --input-shape gives rank ${dims.length} (found ${dims.join('x')})`, { file });
        }
        old?.forEach((d, k) => {
            const v = dims[k];
            if (isSymbolic(d)) {
                if (typeof d === 'string' && !ANONYMOUS.has(d))
                    symbols.set(d, v);
            }
            else if (d !== v) {
                ctx.diagnostics.push(diag('W_SHAPE', `input '${name}' dim ${k} is declared ${d}; --input-shape sets it to ${v}`));
            }
        });
        t.shape = [...dims];
    }
}
function resolveRemaining(g, ctx, symbols) {
    for (const name of feedableInputs(g)) {
        const t = g.tensors.get(name);
        if (t?.shape === undefined)
            continue;
        const shape = [...t.shape];
        const open = [];
        shape.forEach((d, k) => {
            if (!isSymbolic(d))
                return;
            const sym = String(d);
            const known = ANONYMOUS.has(sym) ? undefined : symbols.get(sym);
            if (known !== undefined) {
                shape[k] = known;
            }
            else if (k === 0 && shape.length >= 2) {
                shape[k] = 1;
                if (!ANONYMOUS.has(sym))
                    symbols.set(sym, 1);
                ctx.diagnostics.push(diag('I_ASSUMPTION', `input '${name}' dim 0 '${sym}' assumed 1 (batch)`));
            }
            else {
                open.push(`dim ${k} '${sym}'`);
            }
        });
        t.shape = shape;
        if (open.length > 0) {
            ctx.diagnostics.push(diag('W_SHAPE', `input '${name}' has symbolic ${open.join(', ')} (shape ${formatShape(shape)}); give it with --input-shape ${name}:${shape.map((d) => (typeof d === 'number' && d >= 0 ? d : 'N')).join('x')}`));
        }
    }
}
function substitute(g, symbols) {
    for (const graph of [g, ...nestedGraphs(g)]) {
        for (const t of graph.tensors.values()) {
            if (t.shape === undefined || !t.shape.some((d) => typeof d === 'string' && symbols.has(d)))
                continue;
            t.shape = t.shape.map((d) => (typeof d === 'string' ? (symbols.get(d) ?? d) : d));
        }
    }
}

;// CONCATENATED MODULE: ./src/ops/context.ts

/** Most values a rule may read through `constValues` (shape vectors, axes, pads, scales). */
const CONST_VALUES_MAX = 4096;
/**
 * `lookup` resolves tensor names (defaults to the graph's own tensors; the shapes pass chains
 * outer scopes for subgraphs).
 */
function createRuleContext(graph, node, opset, lookup) {
    const find = lookup ?? ((name) => graph.tensors.get(name));
    const tensorAt = (names, i) => {
        const name = names[i];
        return name === undefined || name === '' ? undefined : find(name);
    };
    return {
        graph,
        node,
        opset,
        input: (i) => tensorAt(node.inputs, i),
        output: (i) => tensorAt(node.outputs, i),
        constValues: (i) => {
            const t = tensorAt(node.inputs, i);
            return t?.data === undefined ? undefined : readValues(t, CONST_VALUES_MAX);
        },
    };
}

;// CONCATENATED MODULE: ./src/ops/util/attrs.ts
function get(node, name) {
    return node.attrs[name];
}
function attrInt(node, name, def) {
    const v = get(node, name);
    if (typeof v === 'number')
        return v;
    if (typeof v === 'boolean')
        return v ? 1 : 0;
    return def;
}
function attrFloat(node, name, def) {
    const v = get(node, name);
    return typeof v === 'number' ? v : def;
}
function attrInts(node, name) {
    const v = get(node, name);
    if (Array.isArray(v) && v.every((x) => typeof x === 'number'))
        return v;
    if (typeof v === 'number')
        return [v];
    return undefined;
}
function attrString(node, name, def) {
    const v = get(node, name);
    return typeof v === 'string' ? v : def;
}
function attrTensor(node, name) {
    const v = get(node, name);
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && 'dtype' in v)
        return v;
    return undefined;
}
/** 'NCHW' (ONNX, default) or 'NHWC' (TFLite, Keras). */
function layoutOf(node) {
    return attrString(node, 'layout') === 'NHWC' ? 'NHWC' : 'NCHW';
}

;// CONCATENATED MODULE: ./src/ops/util/dims.ts
/** A dimension inference cannot tell (data-dependent or derived from a symbolic dim). */
const UNKNOWN_DIM = '?';
function isNum(d) {
    return typeof d === 'number' && d >= 0;
}
/** Raised by rules for inconsistent inputs; the pass turns it into a W_SHAPE diagnostic. */
class ShapeError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ShapeError';
    }
}
function fail(message) {
    throw new ShapeError(message);
}
/** Normalizes a possibly negative axis against a rank; throws when out of range. */
function normAxis(axis, rank, what = 'axis') {
    const a = axis < 0 ? axis + rank : axis;
    if (!Number.isInteger(a) || a < 0 || a >= rank)
        fail(`${what} ${axis} is out of range for rank ${rank}`);
    return a;
}
/** Product of dims; undefined when any dim is not a known number. May exceed 2^53 (callers clamp). */
function product(dims) {
    let n = 1;
    for (const d of dims) {
        if (!isNum(d))
            return undefined;
        n *= d;
    }
    return n;
}
/** Element count of a shape, or 0 when unknown (for costs). */
function countOr0(shape) {
    if (shape === undefined)
        return 0;
    return product(shape) ?? 0;
}
/** a * b for dims; symbolic when either is. */
function dimMul(a, b) {
    if (isNum(a) && isNum(b))
        return a * b;
    if (a === 0 || b === 0)
        return 0;
    if (a === 1)
        return b;
    if (b === 1)
        return a;
    return UNKNOWN_DIM;
}
/** Applies `f` to a numeric dim; symbolic otherwise. */
function dimMap(d, f) {
    if (!isNum(d))
        return UNKNOWN_DIM;
    const r = f(d);
    return Number.isFinite(r) && r >= 0 ? r : UNKNOWN_DIM;
}
/** Two dims known equal, or either unknown. */
function dimsCompatible(a, b) {
    return !isNum(a) || !isNum(b) || a === b;
}
/** Prefers a known number, then a named symbol, then '?'. */
function dimMerge(a, b) {
    if (isNum(a))
        return a;
    if (isNum(b))
        return b;
    if (typeof a === 'string' && a !== UNKNOWN_DIM)
        return a;
    if (typeof b === 'string')
        return b;
    return UNKNOWN_DIM;
}
/** Numpy-style multidirectional broadcasting of shapes; throws on incompatible dims. */
function broadcastShapes(shapes) {
    const rank = Math.max(0, ...shapes.map((s) => s.length));
    const out = [];
    for (let i = 0; i < rank; i++) {
        let d = 1;
        for (const s of shapes) {
            const e = s[i - rank + s.length];
            if (e === undefined || e === 1)
                continue;
            if (d === 1)
                d = e;
            else if (isNum(d) && isNum(e)) {
                if (d !== e)
                    fail(`cannot broadcast ${shapes.map((x) => `[${x.join(',')}]`).join(' with ')} (dim ${i}: ${d} vs ${e})`);
            }
            else if (isNum(e))
                d = e;
            else if (!isNum(d) && d !== e)
                d = UNKNOWN_DIM;
        }
        out.push(d);
    }
    return out;
}
/** The same shape with dims at `axes` removed. */
function without(shape, axes) {
    return shape.filter((_, i) => !axes.has(i));
}

;// CONCATENATED MODULE: ./src/ops/util/cost.ts

function clampMacc(n) {
    if (Number.isNaN(n) || n <= 0)
        return 0;
    return n > Number.MAX_SAFE_INTEGER ? Number.MAX_SAFE_INTEGER : Math.round(n);
}
function cost(macc, pure = 0) {
    return { macc: clampMacc(macc), pure: clampMacc(pure) };
}
const ZERO_COST = Object.freeze({ macc: 0, pure: 0 });
/** Number of elements of output i (0 when unknown). */
function outCount(ctx, i = 0) {
    return countOr0(ctx.output(i)?.shape);
}
/** Number of elements of input i (0 when unknown). */
function inCount(ctx, i = 0) {
    return countOr0(ctx.input(i)?.shape);
}
/** Whether input i is present (not omitted with ''). */
function hasInput(ctx, i) {
    const name = ctx.node.inputs[i];
    return name !== undefined && name !== '';
}

;// CONCATENATED MODULE: ./src/ops/util/values.ts


/** Largest number of elements a fold may produce. */
const FOLD_MAX_ELEMENTS = 100_000;
function staticCount(shape) {
    if (!isStatic(shape))
        return undefined;
    let n = 1;
    for (const d of shape)
        n *= d;
    return n;
}
/** Whether a static shape has at most `max` elements (safe to materialize). */
function isSmall(shape, max = FOLD_MAX_ELEMENTS) {
    const n = staticCount(shape);
    return n !== undefined && n <= max;
}
function stridesOf(shape) {
    const s = new Array(shape.length).fill(1);
    for (let i = shape.length - 2; i >= 0; i--)
        s[i] = (s[i + 1] ?? 1) * (shape[i + 1] ?? 1);
    return s;
}
/** Maps a flat output index to the flat index of a broadcast input. */
function broadcastIndex(idx, out, outStrides, inShape, inStrides) {
    let r = 0;
    const off = out.length - inShape.length;
    for (let i = 0; i < out.length; i++) {
        const coord = Math.floor(idx / (outStrides[i] ?? 1)) % (out[i] ?? 1);
        const j = i - off;
        if (j < 0)
            continue;
        const d = inShape[j] ?? 1;
        if (d !== 1)
            r += coord * (inStrides[j] ?? 0);
    }
    return r;
}
/** Elementwise n-ary op with numpy broadcasting over small static shapes. */
function broadcastValues(out, shapes, values, fn) {
    const n = staticCount(out) ?? 0;
    const os = stridesOf(out);
    const ins = shapes.map(stridesOf);
    const res = new Array(n);
    const xs = new Array(values.length).fill(0);
    for (let k = 0; k < n; k++) {
        for (let v = 0; v < values.length; v++) {
            const shape = shapes[v] ?? [];
            xs[v] = values[v]?.[broadcastIndex(k, out, os, shape, ins[v] ?? [])] ?? 0;
        }
        res[k] = fn(xs);
    }
    return res;
}
/** Converts a value to what a tensor of `dtype` stores (integer truncation, bool). */
function castValue(v, dtype) {
    if (dtype === 'bool')
        return v !== 0 ? 1 : 0;
    if (isInteger(dtype))
        return Number.isFinite(v) ? Math.trunc(v) : 0;
    if (dtype === 'float32')
        return Math.fround(v);
    return v;
}
/** Reorders a small static tensor's values by `perm`. */
function transposeValues(shape, values, perm) {
    const outShape = perm.map((p) => shape[p] ?? 1);
    const inStrides = stridesOf(shape);
    const outStrides = stridesOf(outShape);
    const n = values.length;
    const res = new Array(n);
    for (let k = 0; k < n; k++) {
        let src = 0;
        for (let i = 0; i < outShape.length; i++) {
            const coord = Math.floor(k / (outStrides[i] ?? 1)) % (outShape[i] ?? 1);
            src += coord * (inStrides[perm[i] ?? 0] ?? 0);
        }
        res[k] = values[src] ?? 0;
    }
    return res;
}

;// CONCATENATED MODULE: ./src/ops/activation.ts



/**
 * MACC per output element. Softmax/LogSoftmax 15 [ST]; Relu/Clip/LeakyRelu/PRelu 1 [ST];
 * sigmoid-like 1 ("factor to be confirmed" in METRICS.md; change it here only).
 */
const ACTIVATION_FACTOR = {
    Softmax: 15, LogSoftmax: 15,
};
function activationFactor(kind) {
    return ACTIVATION_FACTOR[kind] ?? 1;
}
function sameAsInput(ctx) {
    const x = ctx.input(0);
    return [x?.shape ? { shape: x.shape, dtype: x.dtype } : { dtype: x?.dtype }];
}
function roundHalfEven(v) {
    const r = Math.round(v);
    return Math.abs(v % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/** Unary ops that may appear in shape arithmetic, folded when their input is a small constant. */
const FOLDS = {
    Relu: (v) => Math.max(0, v), Abs: Math.abs, Neg: (v) => -v, Sign: Math.sign, Floor: Math.floor, Ceil: Math.ceil,
    Round: roundHalfEven, Sqrt: Math.sqrt, Exp: Math.exp, Log: Math.log, Reciprocal: (v) => 1 / v,
    Square: (v) => v * v, Sin: Math.sin, Cos: Math.cos,
};
const UNARY = [
    'Relu', 'Relu6', 'LeakyRelu', 'Elu', 'Selu', 'Celu', 'ThresholdedRelu',
    'Sigmoid', 'HardSigmoid', 'Tanh', 'HardSwish', 'Swish', 'Gelu', 'Mish', 'Softplus', 'Softsign',
    'Exp', 'Log', 'Sqrt', 'Rsqrt', 'Reciprocal', 'Abs', 'Neg', 'Sign', 'Floor', 'Ceil', 'Round', 'Erf',
    'Sin', 'Cos', 'Square', 'Softmax', 'LogSoftmax',
];
function unaryRule(kind) {
    const f = FOLDS[kind];
    const factor = activationFactor(kind);
    const rule = { kind, role: 'activation', infer: sameAsInput, cost: (ctx) => cost(factor * outCount(ctx)) };
    if (f) {
        rule.fold = (ctx, inputs) => {
            const dtype = ctx.input(0)?.dtype ?? 'float32';
            return inputs[0] ? [inputs[0].map((v) => castValue(f(v), dtype))] : undefined;
        };
    }
    return rule;
}
/** Clip: min/max attributes before opset 11, optional inputs 1 and 2 after. */
const clip = {
    kind: 'Clip', role: 'activation', infer: sameAsInput, shapeInputs: [1, 2],
    cost: (ctx) => cost(outCount(ctx)),
    fold: (ctx, inputs) => {
        const x = inputs[0];
        if (!x)
            return undefined;
        const lo = inputs[1]?.[0] ?? attrFloat(ctx.node, 'min', -Infinity);
        const hi = inputs[2]?.[0] ?? attrFloat(ctx.node, 'max', Infinity);
        return [x.map((v) => Math.min(hi, Math.max(lo, v)))];
    },
};
/** PRelu: slope broadcasts unidirectionally to X; output has X's shape. */
const prelu = { kind: 'PRelu', role: 'activation', infer: sameAsInput, cost: (ctx) => cost(outCount(ctx)) };
const ACTIVATION_RULES = [...UNARY.map(unaryRule), clip, prelu];

;// CONCATENATED MODULE: ./src/ops/control.ts



function subgraph(ctx, key, index) {
    const subs = ctx.node.subgraphs;
    if (!subs)
        return undefined;
    return subs[key] ?? Object.values(subs)[index];
}
function outputOf(g, i) {
    const name = g?.outputs[i];
    const t = name === undefined ? undefined : g?.tensors.get(name);
    return { shape: t?.shape, dtype: t?.dtype };
}
/** Same rank: dims that agree are kept, others become '?'. Different ranks: unknown. */
function joinShapes(a, b) {
    if (!a || !b || a.length !== b.length)
        return undefined;
    return a.map((d, i) => (d === b[i] ? d : UNKNOWN_DIM));
}
function ifInfer(ctx) {
    const then = subgraph(ctx, 'then_branch', 0);
    const other = subgraph(ctx, 'else_branch', 1);
    return ctx.node.outputs.map((_, i) => {
        const a = outputOf(then, i);
        const b = outputOf(other, i);
        return { shape: joinShapes(a.shape, b.shape), dtype: a.dtype !== 'unknown' && a.dtype ? a.dtype : b.dtype };
    });
}
/**
 * Loop(M, cond, v_initial...): N carried values then K scan outputs stacked over iterations.
 * A constant trip count M is used as the iteration count (an upper bound when cond may stop
 * the loop earlier); carried values keep the initial value's dims where the body's are unknown.
 */
function loopInfer(ctx) {
    const body = subgraph(ctx, 'body', 0);
    const carried = Math.max(0, ctx.node.inputs.length - 2);
    const trip = hasInput(ctx, 0) ? ctx.constValues(0)?.[0] : undefined;
    const iterations = trip ?? UNKNOWN_DIM;
    return ctx.node.outputs.map((_, i) => {
        const b = outputOf(body, i + 1);
        if (i < carried) {
            const init = ctx.input(i + 2);
            return { shape: carriedShape(b.shape, init?.shape), dtype: init?.dtype ?? b.dtype };
        }
        return { shape: b.shape ? [iterations, ...b.shape] : undefined, dtype: b.dtype };
    });
}
function carriedShape(body, init) {
    if (!body || !init || body.length !== init.length)
        return body ?? init;
    return body.map((d, i) => {
        const e = init[i];
        if (d === e || e === undefined)
            return d;
        return isNum(d) && isNum(e) ? UNKNOWN_DIM : isNum(d) ? d : e;
    });
}
/**
 * Scan: N state variables, then K scan outputs with the sequence axis inserted. Opset 8 has a
 * leading sequence_lens input and a batch axis 0 on every input and output.
 */
function scanInfer(ctx) {
    const body = subgraph(ctx, 'body', 0);
    const batched = ctx.opset !== undefined && ctx.opset < 9;
    const m = attrInt(ctx.node, 'num_scan_inputs', 0);
    const n = ctx.node.inputs.length - m - (batched ? 1 : 0);
    const firstScan = ctx.input(ctx.node.inputs.length - m)?.shape;
    const batch = batched ? firstScan?.[0] ?? UNKNOWN_DIM : 1;
    const inAxis = batched ? 1 : firstScan ? normAxis(attrInts(ctx.node, 'scan_input_axes')?.[0] ?? 0, firstScan.length) : 0;
    const seq = firstScan?.[inAxis] ?? UNKNOWN_DIM;
    const outAxes = attrInts(ctx.node, 'scan_output_axes') ?? [];
    return ctx.node.outputs.map((_, i) => {
        const b = outputOf(body, i);
        if (!b.shape)
            return b;
        if (i < n)
            return batched ? { shape: [batch, ...b.shape], dtype: b.dtype } : b;
        const rank = b.shape.length + 1;
        const axis = batched ? 0 : normAxis(outAxes[i - n] ?? 0, rank, 'scan output axis');
        const shape = [...b.shape];
        shape.splice(axis, 0, seq);
        return { shape: batched ? [batch, ...shape] : shape, dtype: b.dtype };
    });
}
const unknownOutputs = (ctx) => ctx.node.outputs.map(() => ({}));
function opaque(kind, role) {
    return { kind, role, infer: unknownOutputs, cost: () => ZERO_COST };
}
const CONTROL_RULES = [
    { kind: 'If', role: 'control', infer: ifInfer, cost: () => ZERO_COST },
    { kind: 'Loop', role: 'control', infer: loopInfer, cost: () => ZERO_COST },
    { kind: 'Scan', role: 'control', infer: scanInfer, cost: () => ZERO_COST },
    opaque('Call', 'control'),
    opaque('While', 'control'),
    opaque('VarHandle', 'state'),
    opaque('ReadVariable', 'state'),
    opaque('AssignVariable', 'state'),
    opaque('Custom', 'unknown'),
    opaque('Unknown', 'unknown'),
];

;// CONCATENATED MODULE: ./src/ops/util/spatial.ts


function geometry(node, kernel) {
    const r = kernel.length;
    const ones = new Array(r).fill(1);
    const strides = attrInts(node, 'strides') ?? ones;
    const dilations = attrInts(node, 'dilations') ?? ones;
    const pads = attrInts(node, 'pads') ?? new Array(2 * r).fill(0);
    if (strides.length !== r)
        fail(`strides has ${strides.length} entries, kernel has ${r} dims`);
    if (dilations.length !== r)
        fail(`dilations has ${dilations.length} entries, kernel has ${r} dims`);
    if (pads.length !== 2 * r)
        fail(`pads has ${pads.length} entries, expected ${2 * r}`);
    return { kernel, strides, dilations, pads, autoPad: attrString(node, 'auto_pad', 'NOTSET'), ceilMode: attrInt(node, 'ceil_mode', 0) === 1 };
}
function splitShape(node, x) {
    if (x.length < 2)
        fail(`input rank ${x.length} is too small for a spatial op (needs N, C, spatial...)`);
    if (layoutOf(node) === 'NHWC')
        return { batch: x[0] ?? UNKNOWN_DIM, channels: x[x.length - 1] ?? UNKNOWN_DIM, spatial: x.slice(1, -1) };
    return { batch: x[0] ?? UNKNOWN_DIM, channels: x[1] ?? UNKNOWN_DIM, spatial: x.slice(2) };
}
function joinShape(node, batch, channels, spatial) {
    return layoutOf(node) === 'NHWC' ? [batch, ...spatial, channels] : [batch, channels, ...spatial];
}
/** Output size of a sliding window along one spatial axis (Conv, pools); ONNX semantics. */
function windowOut(input, g, i) {
    if (!isNum(input))
        return UNKNOWN_DIM;
    const k = g.kernel[i] ?? 1;
    const s = g.strides[i] ?? 1;
    const d = g.dilations[i] ?? 1;
    if (s <= 0)
        fail(`stride ${s} must be positive`);
    const ek = (k - 1) * d + 1;
    if (g.autoPad === 'SAME_UPPER' || g.autoPad === 'SAME_LOWER' || g.autoPad === 'SAME')
        return Math.ceil(input / s);
    if (g.autoPad === 'VALID') {
        const out = Math.floor((input - ek) / s) + 1;
        if (out < 0)
            fail(`kernel extent ${ek} is larger than the input size ${input}`);
        return Math.max(0, out);
    }
    const pb = g.pads[i] ?? 0;
    const pe = g.pads[i + g.kernel.length] ?? 0;
    const span = input + pb + pe - ek;
    if (span < 0)
        fail(`kernel extent ${ek} is larger than the padded input size ${input + pb + pe}`);
    let out = (g.ceilMode ? Math.ceil(span / s) : Math.floor(span / s)) + 1;
    // ONNX/PyTorch: the last window must start inside the input or the begin padding.
    if (g.ceilMode && (out - 1) * s >= input + pb)
        out--;
    return out;
}

;// CONCATENATED MODULE: ./src/ops/conv.ts




function weightDims(node, w, transposed) {
    const n = w.length;
    const last = w[n - 1] ?? UNKNOWN_DIM;
    const layout = attrString(node, 'weight_layout', transposed ? 'IOHW' : 'OIHW');
    switch (layout) {
        case 'OHWI': return { out: w[0] ?? UNKNOWN_DIM, inPerGroup: last, kernel: w.slice(1, -1) };
        case 'IHWO': return { out: last, inPerGroup: 1, kernel: w.slice(1, -1) };
        case 'HWIO': return { out: last, inPerGroup: w[n - 2] ?? UNKNOWN_DIM, kernel: w.slice(0, -2) };
        case 'HWOI': return { out: w[n - 2] ?? UNKNOWN_DIM, inPerGroup: last, kernel: w.slice(0, -2) };
        // ONNX ConvTranspose: [Cin, Cout/G, k...]
        case 'IOHW': return { out: w[1] ?? UNKNOWN_DIM, inPerGroup: w[0] ?? UNKNOWN_DIM, kernel: w.slice(2) };
        default: return { out: w[0] ?? UNKNOWN_DIM, inPerGroup: w[1] ?? UNKNOWN_DIM, kernel: w.slice(2) };
    }
}
function kernelOf(node, wd, spatialRank) {
    const attr = attrInts(node, 'kernel_shape');
    if (attr)
        return attr;
    if (wd && wd.kernel.every(isNum))
        return wd.kernel;
    if (wd)
        fail(`kernel dims [${wd.kernel.join(',')}] are not static and kernel_shape is absent`);
    return new Array(spatialRank).fill(1);
}
/** Groups: attribute, or Cin for TFLite depthwise weights (IHWO). */
function groupsOf(node, cin) {
    const g = attrInt(node, 'group');
    if (g !== undefined)
        return g;
    if (attrString(node, 'weight_layout') === 'IHWO')
        return isNum(cin) ? cin : undefined;
    return 1;
}
function convInfer(ctx) {
    const x = ctx.input(0);
    const w = ctx.input(1);
    if (x?.shape === undefined)
        return [{ dtype: x?.dtype }];
    const { batch, channels, spatial } = splitShape(ctx.node, x.shape);
    const wd = w?.shape ? weightDims(ctx.node, w.shape, false) : undefined;
    if (w?.shape && w.shape.length !== x.shape.length)
        fail(`weight rank ${w.shape.length} differs from input rank ${x.shape.length}`);
    const g = geometry(ctx.node, kernelOf(ctx.node, wd, spatial.length));
    if (g.kernel.length !== spatial.length)
        fail(`kernel has ${g.kernel.length} dims, input has ${spatial.length} spatial dims`);
    const groups = groupsOf(ctx.node, channels);
    if (wd && groups !== undefined && isNum(wd.inPerGroup) && isNum(channels) && wd.inPerGroup * groups !== channels && attrString(ctx.node, 'weight_layout') !== 'IHWO') {
        fail(`input has ${channels} channels but weight expects ${wd.inPerGroup} x ${groups} groups`);
    }
    const out = wd?.out ?? UNKNOWN_DIM;
    return [{ shape: joinShape(ctx.node, batch, out, spatial.map((d, i) => windowOut(d, g, i))), dtype: x.dtype }];
}
function convCost(ctx) {
    const w = ctx.input(1)?.shape;
    const o = outCount(ctx);
    if (!w)
        return cost(0);
    const wd = weightDims(ctx.node, w, false);
    const k = product(attrInts(ctx.node, 'kernel_shape') ?? wd.kernel) ?? 0;
    const cinPerGroup = isNum(wd.inPerGroup) ? wd.inPerGroup : 0;
    const pure = o * cinPerGroup * k;
    const bias = hasInput(ctx, 2) && isNum(wd.out) ? wd.out : 0;
    return cost(pure + bias, pure);
}
function convTransposeInfer(ctx) {
    const x = ctx.input(0);
    const w = ctx.input(1);
    if (x?.shape === undefined)
        return [{ dtype: x?.dtype }];
    const { batch, spatial } = splitShape(ctx.node, x.shape);
    const wd = w?.shape ? weightDims(ctx.node, w.shape, true) : undefined;
    const g = geometry(ctx.node, kernelOf(ctx.node, wd, spatial.length));
    const groups = attrInt(ctx.node, 'group', 1);
    const layout = attrString(ctx.node, 'weight_layout', 'IOHW');
    const cout = wd === undefined ? UNKNOWN_DIM : layout === 'IOHW' ? dimMul(wd.out, groups) : wd.out;
    const outPad = attrInts(ctx.node, 'output_padding') ?? [];
    const explicit = attrInts(ctx.node, 'output_shape');
    const sp = spatial.map((d, i) => {
        if (explicit)
            return explicit[explicit.length - spatial.length + i] ?? UNKNOWN_DIM;
        if (!isNum(d))
            return UNKNOWN_DIM;
        const s = g.strides[i] ?? 1;
        if (g.autoPad.startsWith('SAME'))
            return d * s;
        const ek = ((g.kernel[i] ?? 1) - 1) * (g.dilations[i] ?? 1) + 1;
        const pads = g.autoPad === 'VALID' ? 0 : (g.pads[i] ?? 0) + (g.pads[i + spatial.length] ?? 0);
        return s * (d - 1) + (outPad[i] ?? 0) + ek - pads;
    });
    return [{ shape: joinShape(ctx.node, batch, cout, sp), dtype: x.dtype }];
}
/** N * Hin * Win * Cin * (Cout/G) * K (+ Cout bias): every input element meets Cout/G * K weights. */
function convTransposeCost(ctx) {
    const w = ctx.input(1)?.shape;
    if (!w)
        return cost(0);
    const wd = weightDims(ctx.node, w, true);
    const layout = attrString(ctx.node, 'weight_layout', 'IOHW');
    const groups = attrInt(ctx.node, 'group', 1);
    const coutPerGroup = !isNum(wd.out) ? 0 : layout === 'IOHW' ? wd.out : wd.out / groups;
    const k = product(attrInts(ctx.node, 'kernel_shape') ?? wd.kernel) ?? 0;
    const pure = inCount(ctx) * coutPerGroup * k;
    const bias = hasInput(ctx, 2) ? coutPerGroup * groups : 0;
    return cost(pure + bias, pure);
}
const CONV_RULES = [
    { kind: 'Conv', role: 'compute', infer: convInfer, cost: convCost },
    { kind: 'ConvTranspose', role: 'compute', infer: convTransposeInfer, cost: convTransposeCost },
];

;// CONCATENATED MODULE: ./src/ops/elementwise.ts





function presentInputs(ctx) {
    return ctx.node.inputs.map((n, i) => (n === '' ? -1 : i)).filter((i) => i >= 0);
}
function broadcastInfer(dtypeOf, from = 0) {
    return (ctx) => {
        const idx = presentInputs(ctx).filter((i) => i >= from);
        const shapes = idx.map((i) => ctx.input(i)?.shape);
        const dtype = dtypeOf(ctx);
        if (shapes.some((s) => s === undefined))
            return [{ dtype }];
        return [{ shape: broadcastShapes(shapes), dtype }];
    };
}
const firstDType = (ctx) => ctx.input(0)?.dtype;
const boolDType = () => 'bool';
/** Folds with broadcasting when every input shape is static and the output small. */
function foldWith(fn, from = 0) {
    return (ctx, inputs) => {
        const idx = presentInputs(ctx).filter((i) => i >= from);
        const shapes = idx.map((i) => ctx.input(i)?.shape);
        if (!shapes.every(isStatic))
            return undefined;
        const out = broadcastShapes(shapes);
        if (!isSmall(out))
            return undefined;
        const values = idx.map((i) => inputs[i]);
        if (values.some((v) => v === undefined))
            return undefined;
        const dtype = ctx.output(0)?.dtype ?? ctx.input(from)?.dtype ?? 'float32';
        return [broadcastValues(out, shapes, values, (xs) => castValue(fn(xs, dtype), dtype))];
    };
}
const at = (xs, i) => xs[i] ?? 0;
function divide(a, b, dtype) {
    if (!isInteger(dtype))
        return a / b;
    return b === 0 ? 0 : Math.trunc(a / b);
}
function mod(a, b, dtype) {
    if (b === 0)
        return isInteger(dtype) ? 0 : NaN;
    return isInteger(dtype) ? a - b * Math.floor(a / b) : a % b;
}
const ARITH = {
    Add: (x) => at(x, 0) + at(x, 1),
    Sub: (x) => at(x, 0) - at(x, 1),
    Mul: (x) => at(x, 0) * at(x, 1),
    Div: (x, d) => divide(at(x, 0), at(x, 1), d),
    Pow: (x) => Math.pow(at(x, 0), at(x, 1)),
    Mod: (x, d) => mod(at(x, 0), at(x, 1), d),
    SquaredDifference: (x) => (at(x, 0) - at(x, 1)) ** 2,
    Max: (x) => Math.max(...x),
    Min: (x) => Math.min(...x),
    Sum: (x) => x.reduce((a, b) => a + b, 0),
    Mean: (x) => x.reduce((a, b) => a + b, 0) / Math.max(1, x.length),
};
const COMPARE = {
    Equal: (x) => +(at(x, 0) === at(x, 1)),
    Less: (x) => +(at(x, 0) < at(x, 1)),
    Greater: (x) => +(at(x, 0) > at(x, 1)),
    LessOrEqual: (x) => +(at(x, 0) <= at(x, 1)),
    GreaterOrEqual: (x) => +(at(x, 0) >= at(x, 1)),
    And: (x) => +(at(x, 0) !== 0 && at(x, 1) !== 0),
    Or: (x) => +(at(x, 0) !== 0 || at(x, 1) !== 0),
    Xor: (x) => +((at(x, 0) !== 0) !== (at(x, 1) !== 0)),
};
/** MACC per output element (METRICS.md: Add/Sub/Mul/Max/Min O, Div 5*O; others provisional O). */
const FACTOR = { Div: 5 };
function variadicFactor(ctx) {
    const n = presentInputs(ctx).length;
    if (ctx.node.op === 'Mean')
        return n;
    return Math.max(1, n - 1);
}
function arithmetic(kind) {
    const fn = ARITH[kind] ?? (() => 0);
    const variadic = kind === 'Sum' || kind === 'Mean' || kind === 'Max' || kind === 'Min';
    return {
        kind, role: 'elementwise', infer: broadcastInfer(firstDType), fold: foldWith(fn),
        cost: (ctx) => cost((variadic ? variadicFactor(ctx) : FACTOR[kind] ?? 1) * outCount(ctx)),
    };
}
function comparison(kind) {
    const fn = COMPARE[kind] ?? (() => 0);
    return { kind, role: 'elementwise', infer: broadcastInfer(boolDType), fold: foldWith(fn), cost: (ctx) => cost(outCount(ctx)) };
}
const ELEMENTWISE_RULES = [
    ...['Add', 'Sub', 'Mul', 'Div', 'Pow', 'Max', 'Min', 'Mod', 'SquaredDifference', 'Sum', 'Mean'].map(arithmetic),
    ...['Equal', 'Less', 'Greater', 'LessOrEqual', 'GreaterOrEqual', 'And', 'Or', 'Xor'].map(comparison),
    {
        kind: 'Not', role: 'elementwise', infer: broadcastInfer(boolDType), cost: (ctx) => cost(outCount(ctx)),
        fold: (_ctx, inputs) => (inputs[0] ? [inputs[0].map((v) => +(v === 0))] : undefined),
    },
    {
        kind: 'Where', role: 'elementwise', infer: broadcastInfer((ctx) => ctx.input(1)?.dtype), cost: (ctx) => cost(outCount(ctx)),
        fold: foldWith((x) => (at(x, 0) !== 0 ? at(x, 1) : at(x, 2))),
    },
];

;// CONCATENATED MODULE: ./src/ops/gather.ts




function gatherInfer(ctx) {
    const x = ctx.input(0);
    const idx = ctx.input(1)?.shape;
    if (!x?.shape || !idx)
        return [{ dtype: x?.dtype }];
    const axis = normAxis(attrInt(ctx.node, 'axis', 0), x.shape.length, 'gather axis');
    return [{ shape: [...x.shape.slice(0, axis), ...idx, ...x.shape.slice(axis + 1)], dtype: x.dtype }];
}
function gatherFold(ctx, inputs) {
    const x = ctx.input(0)?.shape;
    const [v, ids] = inputs;
    if (!isStatic(x) || !v || !ids)
        return undefined;
    const axis = normAxis(attrInt(ctx.node, 'axis', 0), x.length);
    const outer = product(x.slice(0, axis)) ?? 1;
    const inner = product(x.slice(axis + 1)) ?? 1;
    const d = x[axis] ?? 0;
    const res = [];
    for (let o = 0; o < outer; o++) {
        for (const i0 of ids) {
            const i = i0 < 0 ? i0 + d : i0;
            if (i < 0 || i >= d)
                fail(`gather index ${i0} is out of range for dim ${d}`);
            for (let j = 0; j < inner; j++)
                res.push(v[(o * d + i) * inner + j] ?? 0);
        }
    }
    return [res];
}
function gatherNDInfer(ctx) {
    const x = ctx.input(0);
    const idx = ctx.input(1)?.shape;
    if (!x?.shape || !idx)
        return [{ dtype: x?.dtype }];
    const b = attrInt(ctx.node, 'batch_dims', 0);
    const last = idx[idx.length - 1];
    if (!isNum(last))
        return [{ dtype: x.dtype }];
    if (b + last > x.shape.length)
        fail(`indices address ${b + last} dims of a rank-${x.shape.length} input`);
    const shape = [...idx.slice(0, -1), ...x.shape.slice(b + last)];
    return [{ shape, dtype: x.dtype }];
}
const indicesShape = (ctx) => {
    const idx = ctx.input(1)?.shape;
    return [{ shape: idx ? [...idx] : undefined, dtype: ctx.input(0)?.dtype }];
};
const dataShape = (ctx) => {
    const x = ctx.input(0);
    return [{ shape: x?.shape ?? undefined, dtype: x?.dtype }];
};
const GATHER_RULES = [
    { kind: 'Gather', role: 'data-movement', infer: gatherInfer, cost: () => ZERO_COST, fold: gatherFold },
    { kind: 'GatherElements', role: 'data-movement', infer: indicesShape, cost: () => ZERO_COST },
    { kind: 'GatherND', role: 'data-movement', infer: gatherNDInfer, cost: () => ZERO_COST },
    { kind: 'ScatterND', role: 'data-movement', infer: dataShape, cost: () => ZERO_COST },
];

;// CONCATENATED MODULE: ./src/ops/einsum.ts



function parse(ctx) {
    const eq = attrString(ctx.node, 'equation', '').replace(/\s/g, '');
    const [lhs = '', rhs] = eq.split('->');
    const terms = lhs.split(',');
    const extents = new Map();
    const ellipses = [];
    for (let i = 0; i < terms.length; i++) {
        const shape = ctx.input(i)?.shape;
        if (!shape)
            return undefined;
        const term = terms[i] ?? '';
        const letters = term.replace('...', '');
        const ell = shape.length - letters.length;
        if (ell < 0 || (ell > 0 && !term.includes('...')))
            fail(`term '${term}' does not match input rank ${shape.length}`);
        let pos = 0;
        for (let c = 0; c < term.length; c++) {
            if (term.startsWith('...', c)) {
                ellipses.push(shape.slice(pos, pos + ell));
                pos += ell;
                c += 2;
                continue;
            }
            const ch = term[c] ?? '';
            const d = shape[pos++] ?? UNKNOWN_DIM;
            const prev = extents.get(ch);
            if (prev === undefined || prev === 1 || !isNum(prev))
                extents.set(ch, d);
        }
    }
    let out = rhs;
    if (out === undefined) {
        const counts = new Map();
        for (const ch of lhs.replace(/\.\.\.|,/g, ''))
            counts.set(ch, (counts.get(ch) ?? 0) + 1);
        out = (lhs.includes('...') ? '...' : '') + [...counts].filter(([, n]) => n === 1).map(([c]) => c).sort().join('');
    }
    return { extents, ellipsis: broadcastShapes(ellipses), out };
}
function einsumInfer(ctx) {
    const p = parse(ctx);
    const dtype = ctx.input(0)?.dtype;
    if (!p)
        return [{ dtype }];
    const shape = [];
    for (let c = 0; c < p.out.length; c++) {
        if (p.out.startsWith('...', c)) {
            shape.push(...p.ellipsis);
            c += 2;
        }
        else
            shape.push(p.extents.get(p.out[c] ?? '') ?? UNKNOWN_DIM);
    }
    return [{ shape, dtype }];
}
function einsumCost(ctx) {
    const p = parse(ctx);
    if (!p)
        return cost(0);
    let n = 1;
    for (const d of [...p.extents.values(), ...p.ellipsis])
        n *= isNum(d) ? d : 0;
    return cost(n, n);
}

;// CONCATENATED MODULE: ./src/ops/gemm.ts




function gemmDims(ctx) {
    const a = ctx.input(0)?.shape;
    const b = ctx.input(1)?.shape;
    if (!a || !b)
        return undefined;
    if (a.length !== 2 || b.length !== 2)
        fail(`Gemm needs 2-D inputs, got A [${a.join(',')}] and B [${b.join(',')}]`);
    const ta = attrInt(ctx.node, 'transA', 0) === 1;
    const tb = attrInt(ctx.node, 'transB', 0) === 1;
    const m = (ta ? a[1] : a[0]) ?? UNKNOWN_DIM;
    const ka = (ta ? a[0] : a[1]) ?? UNKNOWN_DIM;
    const kb = (tb ? b[1] : b[0]) ?? UNKNOWN_DIM;
    const n = (tb ? b[0] : b[1]) ?? UNKNOWN_DIM;
    if (!dimsCompatible(ka, kb))
        fail(`inner dims differ: A gives K=${ka}, B gives K=${kb} (transA=${ta ? 1 : 0}, transB=${tb ? 1 : 0})`);
    return { m, k: isNum(ka) ? ka : kb, n };
}
function gemmInfer(ctx) {
    const d = gemmDims(ctx);
    const dtype = ctx.input(0)?.dtype;
    return [d ? { shape: [d.m, d.n], dtype } : { dtype }];
}
/** M * N * K (+ N with a bias C). */
function gemmCost(ctx) {
    const d = gemmDims(ctx);
    if (!d || !isNum(d.m) || !isNum(d.n) || !isNum(d.k))
        return cost(0);
    const pure = d.m * d.n * d.k;
    return cost(pure + (hasInput(ctx, 2) ? d.n : 0), pure);
}
/** ONNX MatMul (numpy matmul): 1-D operands are promoted then the added dim removed. */
function matmulShape(a, b) {
    if (a.length === 0 || b.length === 0)
        fail('MatMul operands must not be scalars');
    const a2 = a.length === 1 ? [1, ...a] : a;
    const b2 = b.length === 1 ? [...b, 1] : b;
    const ka = a2[a2.length - 1] ?? UNKNOWN_DIM;
    const kb = b2[b2.length - 2] ?? UNKNOWN_DIM;
    if (!dimsCompatible(ka, kb))
        fail(`inner dims differ: [${a.join(',')}] x [${b.join(',')}] (K ${ka} vs ${kb})`);
    const batch = broadcastShapes([a2.slice(0, -2), b2.slice(0, -2)]);
    const shape = [...batch];
    if (a.length > 1)
        shape.push(a2[a2.length - 2] ?? UNKNOWN_DIM);
    if (b.length > 1)
        shape.push(b2[b2.length - 1] ?? UNKNOWN_DIM);
    return { shape, k: isNum(ka) ? ka : kb };
}
function matmulInfer(ctx) {
    const a = ctx.input(0);
    const b = ctx.input(1)?.shape;
    if (!a?.shape || !b)
        return [{ dtype: a?.dtype }];
    return [{ shape: matmulShape(a.shape, b).shape, dtype: a.dtype }];
}
/** batch * M * N * K = output elements * K. */
function matmulCost(ctx) {
    const a = ctx.input(0)?.shape;
    const b = ctx.input(1)?.shape;
    if (!a || !b)
        return cost(0);
    const { k } = matmulShape(a, b);
    const m = outCount(ctx) * (isNum(k) ? k : 0);
    return cost(m, m);
}
const GEMM_RULES = [
    { kind: 'Gemm', role: 'compute', infer: gemmInfer, cost: gemmCost },
    { kind: 'MatMul', role: 'compute', infer: matmulInfer, cost: matmulCost },
    { kind: 'Einsum', role: 'compute', infer: einsumInfer, cost: einsumCost },
];

;// CONCATENATED MODULE: ./src/ops/indexing.ts





function concatInfer(ctx) {
    const shapes = ctx.node.inputs.map((_, i) => ctx.input(i)?.shape);
    const dtype = ctx.node.inputs.map((_, i) => ctx.input(i)?.dtype).find((d) => d !== undefined && d !== 'unknown');
    if (shapes.some((s) => s === undefined) || shapes.length === 0)
        return [{ dtype }];
    const all = shapes;
    const rank = all[0]?.length ?? 0;
    const axis = normAxis(attrInt(ctx.node, 'axis', 0), rank, 'concat axis');
    const out = [...(all[0] ?? [])];
    let sum = 0;
    for (const s of all) {
        if (s.length !== rank)
            fail(`inputs have ranks ${all.map((x) => x.length).join(' and ')}`);
        s.forEach((d, i) => {
            if (i === axis)
                return;
            if (!dimsCompatible(out[i], d))
                fail(`dim ${i} differs between inputs: ${out[i]} vs ${d}`);
            if (!isNum(out[i]) && isNum(d))
                out[i] = d;
        });
        const d = s[axis];
        sum = isNum(sum) && isNum(d) ? sum + d : UNKNOWN_DIM;
    }
    out[axis] = sum;
    return [{ shape: out, dtype }];
}
/** Copies chunks along `axis`: out = concatenation of each input's slabs, outer loop first. */
function concatFold(ctx, inputs) {
    const shapes = ctx.node.inputs.map((_, i) => ctx.input(i)?.shape);
    if (!shapes.every(isStatic) || inputs.some((v) => v === undefined))
        return undefined;
    const rank = shapes[0]?.length ?? 0;
    const axis = normAxis(attrInt(ctx.node, 'axis', 0), rank);
    const outer = product((shapes[0] ?? []).slice(0, axis)) ?? 1;
    const res = [];
    for (let o = 0; o < outer; o++) {
        shapes.forEach((s, k) => {
            const slab = product(s.slice(axis)) ?? 0;
            const v = inputs[k] ?? [];
            for (let j = 0; j < slab; j++)
                res.push(v[o * slab + j] ?? 0);
        });
    }
    return [res];
}
function splitSizes(ctx, dim) {
    const n = ctx.node.outputs.length;
    const given = attrInts(ctx.node, 'split') ?? (hasInput(ctx, 1) ? ctx.constValues(1) : undefined);
    if (given) {
        if (given.length !== n)
            fail(`split has ${given.length} sizes for ${n} outputs`);
        if (isNum(dim) && given.reduce((a, b) => a + b, 0) !== dim)
            fail(`split sizes [${given.join(',')}] do not add up to ${dim}`);
        return given;
    }
    if (hasInput(ctx, 1))
        return undefined;
    if (!isNum(dim))
        return new Array(n).fill(UNKNOWN_DIM);
    const parts = attrInt(ctx.node, 'num_outputs') ?? n;
    const size = Math.ceil(dim / parts);
    // opset 18: the last chunk is smaller when the dim does not divide evenly.
    return [...Array(n).keys()].map((i) => Math.max(0, Math.min(size, dim - i * size)));
}
function splitInfer(ctx) {
    const x = ctx.input(0);
    const n = ctx.node.outputs.length;
    if (!x?.shape)
        return new Array(n).fill(0).map(() => ({ dtype: x?.dtype }));
    const shape = x.shape;
    const axis = normAxis(attrInt(ctx.node, 'axis', 0), shape.length, 'split axis');
    const sizes = splitSizes(ctx, shape[axis] ?? UNKNOWN_DIM);
    return [...Array(n).keys()].map((i) => ({
        shape: shape.map((d, j) => (j === axis ? sizes?.[i] ?? UNKNOWN_DIM : d)),
        dtype: x.dtype,
    }));
}
function slicePlan(ctx, x) {
    const fromInputs = !attrInts(ctx.node, 'starts');
    const read = (attr, i) => (fromInputs ? (hasInput(ctx, i) ? ctx.constValues(i) : undefined) : attrInts(ctx.node, attr));
    const starts = read('starts', 1);
    const ends = read('ends', 2);
    if (!starts || !ends)
        return undefined;
    const axes = read('axes', 3) ?? [...starts.keys()];
    const steps = (fromInputs ? read('steps', 4) : undefined) ?? starts.map(() => 1);
    if ((fromInputs && hasInput(ctx, 3) && !read('axes', 3)) || (hasInput(ctx, 4) && !read('steps', 4)))
        return undefined;
    const plan = x.map((d) => (isNum(d) ? { start: 0, step: 1, count: d } : undefined));
    axes.forEach((a0, k) => {
        const a = normAxis(a0, x.length, 'slice axis');
        const d = x[a];
        const step = steps[k] ?? 1;
        if (step === 0)
            fail('slice step must not be 0');
        if (!isNum(d)) {
            plan[a] = undefined;
            return;
        }
        let s = starts[k] ?? 0;
        let e = ends[k] ?? d;
        s = s < 0 ? s + d : s;
        e = e < 0 ? e + d : e;
        if (step > 0) {
            s = Math.min(Math.max(s, 0), d);
            e = Math.min(Math.max(e, 0), d);
        }
        else {
            s = Math.min(Math.max(s, 0), d - 1);
            e = Math.min(Math.max(e, -1), d - 1);
        }
        plan[a] = { start: s, step, count: Math.max(0, Math.ceil((e - s) / step)) };
    });
    return plan;
}
function sliceInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const plan = slicePlan(ctx, x.shape);
    if (!plan)
        return [{ shape: x.shape.map(() => UNKNOWN_DIM), dtype: x.dtype }];
    return [{ shape: plan.map((p, i) => (p ? p.count : x.shape?.[i] === undefined ? UNKNOWN_DIM : symbolicKept(ctx, x.shape, i))), dtype: x.dtype }];
}
/** A symbolic dim survives a slice only when that axis is not sliced at all. */
function symbolicKept(ctx, x, i) {
    const axes = attrInts(ctx.node, 'axes') ?? (hasInput(ctx, 3) ? ctx.constValues(3) : undefined);
    const starts = attrInts(ctx.node, 'starts') ?? ctx.constValues(1) ?? [];
    const sliced = (axes ?? [...starts.keys()]).some((a) => (a < 0 ? a + x.length : a) === i);
    return sliced ? UNKNOWN_DIM : x[i] ?? UNKNOWN_DIM;
}
function sliceFold(ctx, inputs) {
    const x = ctx.input(0)?.shape;
    const v = inputs[0];
    if (!isStatic(x) || !v)
        return undefined;
    const plan = slicePlan(ctx, x);
    if (!plan || plan.some((p) => p === undefined))
        return undefined;
    const specs = plan;
    const strides = stridesOf(x);
    const outShape = specs.map((p) => p.count);
    const n = outShape.reduce((a, b) => a * b, 1);
    const res = [];
    for (let k = 0; k < n; k++) {
        let rem = k;
        let src = 0;
        for (let i = specs.length - 1; i >= 0; i--) {
            const p = specs[i] ?? { start: 0, step: 1, count: 1 };
            src += (p.start + (rem % p.count) * p.step) * (strides[i] ?? 0);
            rem = Math.floor(rem / p.count);
        }
        res.push(v[src] ?? 0);
    }
    return [res];
}
function padInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const r = x.shape.length;
    const pads = attrInts(ctx.node, 'pads') ?? attrInts(ctx.node, 'paddings') ?? (hasInput(ctx, 1) ? ctx.constValues(1) : undefined);
    if (!pads)
        return [{ shape: x.shape.map(() => UNKNOWN_DIM), dtype: x.dtype }];
    const axesIn = hasInput(ctx, 3) ? ctx.constValues(3) : undefined;
    if (hasInput(ctx, 3) && !axesIn)
        return [{ shape: x.shape.map(() => UNKNOWN_DIM), dtype: x.dtype }];
    const axes = (axesIn ?? [...Array(r).keys()]).map((a) => normAxis(a, r, 'pad axis'));
    if (pads.length !== 2 * axes.length)
        fail(`pads has ${pads.length} entries, expected ${2 * axes.length}`);
    const out = [...x.shape];
    axes.forEach((a, k) => {
        const d = out[a];
        out[a] = isNum(d) ? d + (pads[k] ?? 0) + (pads[k + axes.length] ?? 0) : UNKNOWN_DIM;
    });
    return [{ shape: out, dtype: x.dtype }];
}
const INDEXING_RULES = [
    { kind: 'Concat', role: 'data-movement', infer: concatInfer, cost: () => ZERO_COST, fold: concatFold },
    { kind: 'Split', role: 'data-movement', shapeInputs: [1], infer: splitInfer, cost: () => ZERO_COST },
    { kind: 'Slice', role: 'data-movement', shapeInputs: [1, 2, 3, 4], infer: sliceInfer, cost: () => ZERO_COST, fold: sliceFold },
    { kind: 'Pad', role: 'data-movement', shapeInputs: [1, 3], infer: padInfer, cost: () => ZERO_COST },
];

;// CONCATENATED MODULE: ./src/ops/misc.ts




function nonZeroInfer(ctx) {
    const x = ctx.input(0)?.shape;
    return [{ shape: x ? [x.length, UNKNOWN_DIM] : undefined, dtype: 'int64' }];
}
function topKInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }, { dtype: 'int64' }];
    const axis = normAxis(attrInt(ctx.node, 'axis', -1), x.shape.length, 'topk axis');
    const k = attrInt(ctx.node, 'k') ?? ctx.constValues(1)?.[0];
    const shape = x.shape.map((d, i) => (i === axis ? k ?? UNKNOWN_DIM : d));
    return [{ shape, dtype: x.dtype }, { shape, dtype: 'int64' }];
}
function oneHotInfer(ctx) {
    const idx = ctx.input(0)?.shape;
    const dtype = ctx.input(2)?.dtype;
    if (!idx)
        return [{ dtype }];
    const depth = ctx.constValues(1)?.[0];
    const rank = idx.length + 1;
    const axis = normAxis(attrInt(ctx.node, 'axis', -1), rank, 'one-hot axis');
    const shape = [...idx];
    shape.splice(axis, 0, depth === undefined ? UNKNOWN_DIM : Math.trunc(depth));
    return [{ shape, dtype }];
}
/** DepthToSpace (up = true) / SpaceToDepth for NCHW and NHWC. */
function spaceDepth(up) {
    return (ctx) => {
        const x = ctx.input(0);
        if (!x?.shape)
            return [{ dtype: x?.dtype }];
        if (x.shape.length !== 4)
            fail(`expected a 4-D input, got rank ${x.shape.length}`);
        const b = attrInt(ctx.node, 'blocksize', 1);
        const nhwc = layoutOf(ctx.node) === 'NHWC';
        const [n, c, h, w] = nhwc ? [x.shape[0], x.shape[3], x.shape[1], x.shape[2]] : [x.shape[0], x.shape[1], x.shape[2], x.shape[3]];
        const f = (d, g) => dimMap(d, g);
        const oc = f(c, up ? (v) => v / (b * b) : (v) => v * b * b);
        const oh = f(h, up ? (v) => v * b : (v) => v / b);
        const ow = f(w, up ? (v) => v * b : (v) => v / b);
        const nn = n ?? UNKNOWN_DIM;
        return [{ shape: nhwc ? [nn, oh, ow, oc] : [nn, oc, oh, ow], dtype: x.dtype }];
    };
}
function packInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const n = ctx.node.inputs.length;
    const axis = normAxis(attrInt(ctx.node, 'axis', 0), x.shape.length + 1, 'pack axis');
    const shape = [...x.shape];
    shape.splice(axis, 0, n);
    return [{ shape, dtype: x.dtype }];
}
function unpackInfer(ctx) {
    const x = ctx.input(0);
    const n = ctx.node.outputs.length;
    if (!x?.shape)
        return new Array(n).fill(0).map(() => ({ dtype: x?.dtype }));
    const axis = normAxis(attrInt(ctx.node, 'axis', 0), x.shape.length, 'unpack axis');
    const shape = x.shape.filter((_, i) => i !== axis);
    return new Array(n).fill(0).map(() => ({ shape, dtype: x.dtype }));
}
/** TFLite BATCH_TO_SPACE_ND / SPACE_TO_BATCH_ND (NHWC): block_shape input 1, crops/paddings input 2. */
function batchSpace(toSpace) {
    return (ctx) => {
        const x = ctx.input(0);
        const block = ctx.constValues(1);
        const pads = ctx.constValues(2);
        if (!x?.shape)
            return [{ dtype: x?.dtype }];
        if (!block || !pads)
            return [{ shape: x.shape.map(() => UNKNOWN_DIM), dtype: x.dtype }];
        const bprod = block.reduce((a, b) => a * b, 1);
        const out = [...x.shape];
        out[0] = dimMap(x.shape[0], (v) => (toSpace ? v / bprod : v * bprod));
        block.forEach((b, i) => {
            const p = (pads[2 * i] ?? 0) + (pads[2 * i + 1] ?? 0);
            out[i + 1] = dimMap(x.shape?.[i + 1], (v) => (toSpace ? v * b - p : (v + p) / b));
        });
        return [{ shape: out, dtype: x.dtype }];
    };
}
const MISC_RULES = [
    { kind: 'NonZero', role: 'data-movement', infer: nonZeroInfer, cost: () => ZERO_COST },
    // Provisional: one comparison per input element.
    { kind: 'TopK', role: 'elementwise', shapeInputs: [1], infer: topKInfer, cost: (ctx) => cost(inCount(ctx)) },
    { kind: 'CumSum', role: 'elementwise', shapeInputs: [1], infer: sameAsInput, cost: (ctx) => cost(outCount(ctx)) },
    { kind: 'OneHot', role: 'data-movement', shapeInputs: [1], infer: oneHotInfer, cost: () => ZERO_COST },
    { kind: 'DepthToSpace', role: 'data-movement', infer: spaceDepth(true), cost: () => ZERO_COST },
    { kind: 'SpaceToDepth', role: 'data-movement', infer: spaceDepth(false), cost: () => ZERO_COST },
    { kind: 'Pack', role: 'data-movement', infer: packInfer, cost: () => ZERO_COST },
    { kind: 'Unpack', role: 'data-movement', infer: unpackInfer, cost: () => ZERO_COST },
    { kind: 'BatchToSpace', role: 'data-movement', shapeInputs: [1, 2], infer: batchSpace(true), cost: () => ZERO_COST },
    { kind: 'SpaceToBatch', role: 'data-movement', shapeInputs: [1, 2], infer: batchSpace(false), cost: () => ZERO_COST },
    { kind: 'ReverseSequence', role: 'data-movement', infer: sameAsInput, cost: () => ZERO_COST },
];

;// CONCATENATED MODULE: ./src/ops/movement.ts






/** Values of a shape-like operand: attribute (older opsets) or constant input. */
function attrOrInput(ctx, attr, input) {
    return attrInts(ctx.node, attr) ?? (hasInput(ctx, input) ? ctx.constValues(input) : undefined);
}
/** Output rank of an operand given by a non-constant 1-D input of static length. */
function rankFromInput(ctx, i) {
    const s = ctx.input(i)?.shape;
    return s && s.length === 1 && isNum(s[0]) ? s[0] : undefined;
}
const unknownDims = (n) => new Array(n).fill(UNKNOWN_DIM);
const passValues = (_ctx, inputs) => (inputs[0] ? [inputs[0]] : undefined);
function reshapeTo(x, target, allowZero) {
    const out = target.map((t, i) => (t === 0 && !allowZero ? x[i] ?? fail(`shape[${i}] = 0 copies a dim the input (rank ${x.length}) lacks`) : t));
    const minus = out.reduce((acc, d, i) => (d === -1 ? [...acc, i] : acc), []);
    if (minus.length > 1)
        fail(`shape [${target.join(',')}] has more than one -1`);
    const inCount = product(x);
    const idx = minus[0];
    if (idx !== undefined) {
        const rest = product(out.filter((_, i) => i !== idx));
        if (inCount !== undefined && rest !== undefined && rest > 0) {
            if (inCount % rest !== 0)
                fail(`cannot reshape [${x.join(',')}] (${inCount} elements) to [${target.join(',')}]`);
            out[idx] = inCount / rest;
        }
        else
            out[idx] = UNKNOWN_DIM;
    }
    else {
        const outCountV = product(out);
        if (inCount !== undefined && outCountV !== undefined && inCount !== outCountV) {
            fail(`cannot reshape [${x.join(',')}] (${inCount} elements) to [${target.join(',')}] (${outCountV} elements)`);
        }
    }
    return out;
}
function reshapeInfer(ctx) {
    const x = ctx.input(0);
    const target = attrOrInput(ctx, 'shape', 1);
    if (!target) {
        const r = rankFromInput(ctx, 1);
        return [{ shape: r === undefined ? undefined : unknownDims(r), dtype: x?.dtype }];
    }
    if (!x?.shape) {
        const known = target.every((t) => t > 0);
        return [{ shape: known ? target : target.map((t) => (t > 0 ? t : UNKNOWN_DIM)), dtype: x?.dtype }];
    }
    return [{ shape: reshapeTo(x.shape, target, attrInt(ctx.node, 'allowzero', 0) === 1), dtype: x.dtype }];
}
function flattenInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const r = x.shape.length;
    const axis = attrInt(ctx.node, 'axis', 1);
    const a = axis < 0 ? axis + r : axis;
    if (a < 0 || a > r)
        fail(`axis ${axis} is out of range for rank ${r}`);
    const fold = (ds) => ds.reduce((p, d) => dimMul(p, d), 1);
    return [{ shape: [fold(x.shape.slice(0, a)), fold(x.shape.slice(a))], dtype: x.dtype }];
}
function squeezeInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const axes = attrOrInput(ctx, 'axes', 1);
    if (axes === undefined && hasInput(ctx, 1))
        return [{ dtype: x.dtype }];
    if (axes === undefined || axes.length === 0) {
        if (!x.shape.every((d) => isNum(d)))
            return [{ dtype: x.dtype }];
        return [{ shape: x.shape.filter((d) => d !== 1), dtype: x.dtype }];
    }
    const set = new Set(axes.map((a) => normAxis(a, x.shape?.length ?? 0, 'squeeze axis')));
    for (const a of set)
        if (isNum(x.shape[a]) && x.shape[a] !== 1)
            fail(`cannot squeeze axis ${a} of size ${x.shape[a]}`);
    return [{ shape: x.shape.filter((_, i) => !set.has(i)), dtype: x.dtype }];
}
function unsqueezeInfer(ctx) {
    const x = ctx.input(0);
    const axes = attrOrInput(ctx, 'axes', 1);
    if (!x?.shape || !axes)
        return [{ dtype: x?.dtype }];
    const rank = x.shape.length + axes.length;
    const set = new Set(axes.map((a) => normAxis(a, rank, 'unsqueeze axis')));
    if (set.size !== axes.length)
        fail(`axes [${axes.join(',')}] repeat an axis`);
    const out = [];
    let j = 0;
    for (let i = 0; i < rank; i++)
        out.push(set.has(i) ? 1 : x.shape[j++] ?? UNKNOWN_DIM);
    return [{ shape: out, dtype: x.dtype }];
}
function permOf(ctx, rank) {
    const perm = attrInts(ctx.node, 'perm') ?? (hasInput(ctx, 1) ? ctx.constValues(1) : undefined) ?? [...Array(rank).keys()].reverse();
    if (perm.length !== rank)
        fail(`perm [${perm.join(',')}] does not match input rank ${rank}`);
    return perm.map((p) => normAxis(p, rank, 'perm entry'));
}
function transposeInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const shape = x.shape;
    return [{ shape: permOf(ctx, shape.length).map((p) => shape[p] ?? UNKNOWN_DIM), dtype: x.dtype }];
}
function expandInfer(ctx) {
    const x = ctx.input(0);
    const target = ctx.constValues(1);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    if (!target) {
        const r = rankFromInput(ctx, 1);
        return [{ shape: r === undefined ? undefined : unknownDims(Math.max(r, x.shape.length)), dtype: x.dtype }];
    }
    return [{ shape: broadcastShapes([x.shape, target]), dtype: x.dtype }];
}
function tileInfer(ctx) {
    const x = ctx.input(0);
    const reps = attrOrInput(ctx, 'repeats', 1);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    if (!reps)
        return [{ shape: unknownDims(x.shape.length), dtype: x.dtype }];
    if (reps.length !== x.shape.length)
        fail(`repeats has ${reps.length} entries, input rank is ${x.shape.length}`);
    return [{ shape: x.shape.map((d, i) => dimMul(d, reps[i] ?? 1)), dtype: x.dtype }];
}
function tileFold(ctx, inputs) {
    const x = ctx.input(0)?.shape;
    const out = ctx.output(0)?.shape;
    const v = inputs[0];
    if (!isStatic(x) || !isSmall(out) || !v)
        return undefined;
    // Tiling: output coordinate c reads input coordinate c mod dim.
    const wrapped = out.map((d, i) => ({ d, m: x[i] ?? 1 }));
    const res = [];
    const n = out.reduce((a, b) => a * b, 1);
    for (let k = 0; k < n; k++) {
        let rem = k;
        let src = 0;
        let stride = 1;
        for (let i = wrapped.length - 1; i >= 0; i--) {
            const { d, m } = wrapped[i] ?? { d: 1, m: 1 };
            src += ((rem % d) % m) * stride;
            rem = Math.floor(rem / d);
            stride *= m;
        }
        res.push(v[src] ?? 0);
    }
    return [res];
}
const MOVEMENT_RULES = [
    { kind: 'Reshape', role: 'data-movement', shapeInputs: [1], infer: reshapeInfer, cost: () => ZERO_COST, fold: passValues },
    { kind: 'Flatten', role: 'data-movement', infer: flattenInfer, cost: () => ZERO_COST, fold: passValues },
    { kind: 'Squeeze', role: 'data-movement', shapeInputs: [1], infer: squeezeInfer, cost: () => ZERO_COST, fold: passValues },
    { kind: 'Unsqueeze', role: 'data-movement', shapeInputs: [1], infer: unsqueezeInfer, cost: () => ZERO_COST, fold: passValues },
    { kind: 'Identity', role: 'data-movement', infer: sameAsInput, cost: () => ZERO_COST, fold: passValues },
    {
        kind: 'Dropout', role: 'data-movement', shapeInputs: [1, 2], cost: () => ZERO_COST, fold: passValues,
        infer: (ctx) => {
            const y = sameAsInput(ctx);
            return ctx.node.outputs.length > 1 ? [...y, { shape: y[0]?.shape, dtype: 'bool' }] : y;
        },
    },
    {
        // METRICS.md: Transpose O / 2 [ST]; 0 in pure mode.
        kind: 'Transpose', role: 'data-movement', infer: transposeInfer, cost: (ctx) => cost(outCount(ctx) / 2),
        fold: (ctx, inputs) => {
            const x = ctx.input(0)?.shape;
            const v = inputs[0];
            return isStatic(x) && v && v.length === product(x) ? [transposeValues(x, v, permOf(ctx, x.length))] : undefined;
        },
    },
    {
        kind: 'Expand', role: 'data-movement', shapeInputs: [1], infer: expandInfer, cost: () => ZERO_COST,
        fold: (ctx, inputs) => {
            const x = ctx.input(0)?.shape;
            const out = ctx.output(0)?.shape;
            const v = inputs[0];
            return isStatic(x) && isSmall(out) && v ? [broadcastValues(out, [x], [v], (xs) => xs[0] ?? 0)] : undefined;
        },
    },
    { kind: 'Tile', role: 'data-movement', shapeInputs: [1], infer: tileInfer, cost: () => ZERO_COST, fold: tileFold },
];

;// CONCATENATED MODULE: ./src/ops/normalization.ts




function channelDim(ctx, x) {
    return (layoutOf(ctx.node) === 'NHWC' ? x[x.length - 1] : x[1]) ?? UNKNOWN_DIM;
}
/** Y, and in training mode the running mean and variance ([C] each). */
function batchNormInfer(ctx) {
    const x = ctx.input(0);
    const out = sameAsInput(ctx);
    const c = x?.shape ? channelDim(ctx, x.shape) : UNKNOWN_DIM;
    for (let i = 1; i < ctx.node.outputs.length; i++)
        out.push({ shape: [c], dtype: ctx.input(3)?.dtype ?? x?.dtype });
    return out;
}
/** Y, Mean and InvStdDev (reduced dims from `axis` on kept as 1). */
function layerNormInfer(ctx) {
    const x = ctx.input(0);
    const out = sameAsInput(ctx);
    if (!x?.shape || ctx.node.outputs.length < 2)
        return out;
    const axis = normAxis(attrInt(ctx.node, 'axis', -1), x.shape.length);
    const stat = x.shape.map((d, i) => (i < axis ? d : 1));
    for (let i = 1; i < ctx.node.outputs.length; i++)
        out.push({ shape: stat, dtype: 'float32' });
    return out;
}
function rowsBefore(x, axis) {
    if (!x)
        return 0;
    const a = axis < 0 ? axis + x.length : axis;
    return a < 0 || a > x.length ? 0 : product(x.slice(0, a)) ?? 0;
}
const NORMALIZATION_RULES = [
    { kind: 'BatchNormalization', role: 'normalization', infer: batchNormInfer, cost: (ctx) => cost(2 * outCount(ctx)) },
    {
        kind: 'LayerNormalization', role: 'normalization', infer: layerNormInfer,
        cost: (ctx) => cost(7 * outCount(ctx) + 29 * rowsBefore(ctx.input(0)?.shape, attrInt(ctx.node, 'axis', -1))),
    },
    {
        // Provisional: the LayerNorm placeholder with one row per (N, C).
        kind: 'InstanceNormalization', role: 'normalization', infer: sameAsInput,
        cost: (ctx) => cost(7 * outCount(ctx) + 29 * rowsBefore(ctx.input(0)?.shape, 2)),
    },
    // Provisional: each output sums `size` squares across channels.
    { kind: 'LRN', role: 'normalization', infer: sameAsInput, cost: (ctx) => cost(attrInt(ctx.node, 'size', 1) * outCount(ctx)) },
    // Provisional: square, sum and scale.
    { kind: 'L2Normalization', role: 'normalization', infer: sameAsInput, cost: (ctx) => cost(3 * outCount(ctx)) },
];

;// CONCATENATED MODULE: ./src/ops/pool.ts




function kernel(ctx) {
    const k = attrInts(ctx.node, 'kernel_shape');
    if (!k)
        fail('kernel_shape attribute is missing');
    return k;
}
function poolInfer(ctx) {
    const x = ctx.input(0);
    const outputs = ctx.node.outputs.length;
    if (!x?.shape)
        return [{ dtype: x?.dtype }, { dtype: 'int64' }].slice(0, outputs);
    const { batch, channels, spatial } = splitShape(ctx.node, x.shape);
    const g = geometry(ctx.node, kernel(ctx));
    if (g.kernel.length !== spatial.length)
        fail(`kernel has ${g.kernel.length} dims, input has ${spatial.length} spatial dims`);
    const shape = joinShape(ctx.node, batch, channels, spatial.map((d, i) => windowOut(d, g, i)));
    // MaxPool's optional second output: flat indices (int64) of the same shape.
    return [{ shape, dtype: x.dtype }, { shape, dtype: 'int64' }].slice(0, Math.max(1, outputs));
}
function poolCost(ctx) {
    const k = product(attrInts(ctx.node, 'kernel_shape') ?? []) ?? 0;
    const m = outCount(ctx) * k;
    return cost(m, m);
}
function globalInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const { batch, channels, spatial } = splitShape(ctx.node, x.shape);
    return [{ shape: joinShape(ctx.node, batch, channels, spatial.map(() => 1)), dtype: x.dtype }];
}
function globalCost(ctx) {
    const m = inCount(ctx);
    return cost(m, m);
}
const POOL_RULES = [
    { kind: 'MaxPool', role: 'pool', infer: poolInfer, cost: poolCost },
    { kind: 'AveragePool', role: 'pool', infer: poolInfer, cost: poolCost },
    { kind: 'LpPool', role: 'pool', infer: poolInfer, cost: poolCost },
    { kind: 'GlobalAveragePool', role: 'pool', infer: globalInfer, cost: globalCost },
    { kind: 'GlobalMaxPool', role: 'pool', infer: globalInfer, cost: globalCost },
];

;// CONCATENATED MODULE: ./src/ops/util/dtypes.ts
/** ONNX TensorProto.DataType codes (Cast `to`, ConstantOfShape, EyeLike) as IR dtypes. */

const ONNX_CODES = {
    1: 'float32', 2: 'uint8', 3: 'int8', 4: 'uint16', 5: 'int16', 6: 'int32', 7: 'int64', 8: 'string',
    9: 'bool', 10: 'float16', 11: 'float64', 12: 'uint32', 13: 'uint64', 14: 'complex64', 15: 'complex128',
    16: 'bfloat16', 17: 'float8e4m3fn', 18: 'float8e4m3fnuz', 19: 'float8e5m2', 20: 'float8e5m2fnuz',
    21: 'uint4', 22: 'int4', 23: 'float4e2m1',
};
const SET = new Set(DTYPES);
/** A dtype attribute given as an ONNX code or as an IR dtype name. */
function dtypeFromAttr(v) {
    if (typeof v === 'number')
        return ONNX_CODES[v];
    if (typeof v === 'string' && SET.has(v))
        return v;
    return undefined;
}

;// CONCATENATED MODULE: ./src/ops/quant.ts


function withDType(ctx, dtype) {
    return [{ shape: ctx.input(0)?.shape, dtype }];
}
const quantCost = (ctx) => cost(2 * outCount(ctx));
const QUANT_RULES = [
    {
        kind: 'QuantizeLinear', role: 'quantization', cost: quantCost,
        infer: (ctx) => withDType(ctx, dtypeFromAttr(ctx.node.attrs['output_dtype']) ?? ctx.input(2)?.dtype ?? 'uint8'),
    },
    { kind: 'DequantizeLinear', role: 'quantization', cost: quantCost, infer: (ctx) => withDType(ctx, ctx.input(1)?.dtype ?? 'float32') },
    {
        kind: 'DynamicQuantizeLinear', role: 'quantization', cost: quantCost,
        infer: (ctx) => [...withDType(ctx, 'uint8'), { shape: [], dtype: 'float32' }, { shape: [], dtype: 'uint8' }],
    },
    // Output type is whatever the file declares (TFLite QUANTIZE between two quantized types).
    { kind: 'Requantize', role: 'quantization', cost: quantCost, infer: (ctx) => withDType(ctx, undefined) },
];

;// CONCATENATED MODULE: ./src/ops/recurrent.ts



function rnnDims(ctx, gates) {
    const x = ctx.input(0)?.shape;
    if (!x)
        return undefined;
    if (x.length !== 3)
        fail(`X must be 3-D [T, B, I] (or [B, T, I] with layout=1), got rank ${x.length}`);
    const batchFirst = attrInt(ctx.node, 'layout', 0) === 1;
    const direction = attrString(ctx.node, 'direction', 'forward');
    const dirs = direction === 'bidirectional' ? 2 : 1;
    const w = ctx.input(1)?.shape;
    const r = ctx.input(2)?.shape;
    let h = attrInt(ctx.node, 'hidden_size') ?? UNKNOWN_DIM;
    if (!isNum(h) && r && isNum(r[2]))
        h = r[2];
    if (!isNum(h) && w && isNum(w[1]))
        h = w[1] / gates;
    return {
        t: (batchFirst ? x[1] : x[0]) ?? UNKNOWN_DIM,
        b: (batchFirst ? x[0] : x[1]) ?? UNKNOWN_DIM,
        i: x[2] ?? UNKNOWN_DIM,
        h,
        dirs,
    };
}
function rnnInfer(gates, states) {
    return (ctx) => {
        const dtype = ctx.input(0)?.dtype;
        const d = rnnDims(ctx, gates);
        const n = ctx.node.outputs.length;
        if (!d)
            return new Array(n).fill(0).map(() => ({ dtype }));
        const batchFirst = attrInt(ctx.node, 'layout', 0) === 1;
        const y = batchFirst ? [d.b, d.t, d.dirs, d.h] : [d.t, d.dirs, d.b, d.h];
        const state = batchFirst ? [d.b, d.dirs, d.h] : [d.dirs, d.b, d.h];
        const out = [{ shape: y, dtype }];
        for (let s = 0; s < states && out.length < n; s++)
            out.push({ shape: state, dtype });
        return out.slice(0, Math.max(1, n));
    };
}
function rnnCost(gates, extra) {
    return (ctx) => {
        const d = rnnDims(ctx, gates);
        if (!d || !isNum(d.t) || !isNum(d.b) || !isNum(d.i) || !isNum(d.h))
            return cost(0);
        const per = d.dirs * d.b * d.t * d.h;
        return cost(per * (gates * (d.i + d.h) + extra), per * gates * (d.i + d.h));
    };
}
/** TFLite SVDF: input [B, I], weights_feature [F, I], weights_time [F, M]; output [B, F/rank]. */
function svdfInfer(ctx) {
    const x = ctx.input(0);
    const wf = ctx.input(1)?.shape;
    const rank = attrInt(ctx.node, 'rank', 1);
    const f = wf?.[0];
    const units = isNum(f) ? f / rank : UNKNOWN_DIM;
    return [{ shape: [x?.shape?.[0] ?? UNKNOWN_DIM, units], dtype: x?.dtype }];
}
function svdfCost(ctx) {
    const x = ctx.input(0)?.shape;
    const wf = ctx.input(1)?.shape;
    const wt = ctx.input(2)?.shape;
    const [b, f, i, m] = [x?.[0], wf?.[0], wf?.[1], wt?.[1]];
    if (!isNum(b) || !isNum(f) || !isNum(i) || !isNum(m))
        return cost(0);
    const n = b * f * (i + m);
    return cost(n, n);
}
const RECURRENT_RULES = [
    { kind: 'LSTM', role: 'compute', infer: rnnInfer(4, 2), cost: rnnCost(4, 3) },
    { kind: 'GRU', role: 'compute', infer: rnnInfer(3, 1), cost: rnnCost(3, 2) },
    { kind: 'RNN', role: 'compute', infer: rnnInfer(1, 1), cost: rnnCost(1, 1) },
    { kind: 'SVDF', role: 'compute', infer: svdfInfer, cost: svdfCost },
];

;// CONCATENATED MODULE: ./src/ops/reduce.ts



/** Reduced axes, 'all', or undefined when they are given by a non-constant input. */
function reducedAxes(ctx, rank) {
    let axes = attrInts(ctx.node, 'axes');
    if (!axes && hasInput(ctx, 1)) {
        axes = ctx.constValues(1);
        if (!axes)
            return undefined;
    }
    if (!axes || axes.length === 0)
        return attrInt(ctx.node, 'noop_with_empty_axes', 0) === 1 ? new Set() : 'all';
    return new Set(axes.map((a) => normAxis(a, rank, 'reduce axis')));
}
function reduceShape(x, axes, keep) {
    const out = [];
    x.forEach((d, i) => {
        const r = axes === 'all' || axes.has(i);
        if (!r)
            out.push(d);
        else if (keep)
            out.push(1);
    });
    return out;
}
function reduceInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const keep = attrInt(ctx.node, 'keepdims', 1) === 1;
    const axes = reducedAxes(ctx, x.shape.length);
    if (axes === undefined)
        return [{ shape: keep ? x.shape.map(() => UNKNOWN_DIM) : undefined, dtype: x.dtype }];
    return [{ shape: reduceShape(x.shape, axes, keep), dtype: x.dtype }];
}
/** ReduceProd/ReduceSum/ReduceMin/ReduceMax over everything (shape arithmetic on small vectors). */
function reduceFold(op, init) {
    return (ctx, inputs) => {
        const x = ctx.input(0)?.shape;
        const axes = x ? reducedAxes(ctx, x.length) : undefined;
        const v = inputs[0];
        if (!v || !x || x.length > 1 || axes === undefined)
            return undefined;
        if (axes !== 'all' && axes.size === 0)
            return [v];
        return [[v.reduce(op, init)]];
    };
}
function argInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: 'int64' }];
    const axis = normAxis(attrInt(ctx.node, 'axis', 0), x.shape.length);
    return [{ shape: reduceShape(x.shape, new Set([axis]), attrInt(ctx.node, 'keepdims', 1) === 1), dtype: 'int64' }];
}
const reduce_FACTOR = { ReduceMean: 2, ReduceL2: 2, ReduceSumSquare: 2 };
function reduceRule(kind, fold) {
    const f = reduce_FACTOR[kind] ?? 1;
    return { kind, role: 'elementwise', shapeInputs: [1], infer: reduceInfer, cost: (ctx) => cost(f * inCount(ctx)), ...(fold ? { fold } : {}) };
}
const REDUCE_RULES = [
    reduceRule('ReduceMean'),
    reduceRule('ReduceSum', reduceFold((a, b) => a + b, 0)),
    reduceRule('ReduceMax', reduceFold((a, b) => Math.max(a, b), -Infinity)),
    reduceRule('ReduceMin', reduceFold((a, b) => Math.min(a, b), Infinity)),
    reduceRule('ReduceProd', reduceFold((a, b) => a * b, 1)),
    reduceRule('ReduceL2'),
    reduceRule('ReduceSumSquare'),
    { kind: 'ArgMax', role: 'elementwise', infer: argInfer, cost: (ctx) => cost(inCount(ctx)) },
    { kind: 'ArgMin', role: 'elementwise', infer: argInfer, cost: (ctx) => cost(inCount(ctx)) },
];

;// CONCATENATED MODULE: ./src/ops/resize.ts



/** [scales, sizes] from inputs or attributes; an empty tensor counts as absent. */
function operands(ctx) {
    const twoInputForm = ctx.node.inputs.length === 2 || (ctx.opset !== undefined && ctx.opset < 11);
    const scalesIdx = twoInputForm ? 1 : 2;
    const read = (i) => (hasInput(ctx, i) ? ctx.constValues(i) : undefined);
    const empty = (i) => ctx.input(i)?.shape?.[0] === 0;
    let scales = attrInts(ctx.node, 'scales') ?? read(scalesIdx);
    let sizes = attrInts(ctx.node, 'sizes') ?? (twoInputForm ? undefined : read(3));
    if (scales?.length === 0)
        scales = undefined;
    if (sizes?.length === 0)
        sizes = undefined;
    const unknown = !scales && !sizes && ((hasInput(ctx, scalesIdx) && !empty(scalesIdx)) || (!twoInputForm && hasInput(ctx, 3) && !empty(3)));
    return { ...(scales ? { scales } : {}), ...(sizes ? { sizes } : {}), unknown };
}
/** Axes the scales/sizes refer to: `axes`, else all dims, else the spatial dims (TFLite sizes [H, W]). */
function axesFor(ctx, x, n) {
    const axes = attrInts(ctx.node, 'axes');
    if (axes)
        return axes.map((a) => normAxis(a, x.length, 'resize axis'));
    if (n === x.length)
        return [...x.keys()];
    if (n === x.length - 2)
        return attrString(ctx.node, 'layout') === 'NHWC' ? [...Array(n).keys()].map((i) => i + 1) : [...Array(n).keys()].map((i) => i + 2);
    return fail(`${n} scales/sizes for a rank-${x.length} input`);
}
function resizeInfer(ctx) {
    const x = ctx.input(0);
    if (!x?.shape)
        return [{ dtype: x?.dtype }];
    const shape = x.shape;
    const { scales, sizes, unknown } = operands(ctx);
    if (unknown || (!scales && !sizes))
        return [{ shape: shape.map(() => UNKNOWN_DIM), dtype: x.dtype }];
    const out = [...shape];
    if (sizes) {
        const axes = axesFor(ctx, shape, sizes.length);
        const policy = attrString(ctx.node, 'keep_aspect_ratio_policy', 'stretch');
        if (policy === 'stretch')
            axes.forEach((a, k) => (out[a] = sizes[k] ?? UNKNOWN_DIM));
        else {
            const ratios = axes.map((a, k) => {
                const d = shape[a];
                return isNum(d) && d > 0 ? (sizes[k] ?? 0) / d : NaN;
            });
            if (ratios.some(Number.isNaN))
                axes.forEach((a) => (out[a] = UNKNOWN_DIM));
            else {
                const s = policy === 'not_larger' ? Math.min(...ratios) : Math.max(...ratios);
                axes.forEach((a) => (out[a] = Math.round(s * (shape[a] ?? 0))));
            }
        }
    }
    else if (scales) {
        const axes = axesFor(ctx, shape, scales.length);
        axes.forEach((a, k) => {
            const d = shape[a];
            const s = scales[k] ?? 1;
            out[a] = isNum(d) ? Math.floor(d * s + 1e-9) : s === 1 ? d ?? UNKNOWN_DIM : UNKNOWN_DIM;
        });
    }
    return [{ shape: out, dtype: x.dtype }];
}
const MODE_FACTOR = { nearest: 0, linear: 4, bilinear: 4, cubic: 8, bicubic: 8 };
function resizeCost(ctx) {
    const mode = attrString(ctx.node, 'mode', 'nearest');
    return cost((MODE_FACTOR[mode] ?? 4) * outCount(ctx));
}
const RESIZE_RULES = [{ kind: 'Resize', role: 'data-movement', shapeInputs: [1, 2, 3], infer: resizeInfer, cost: resizeCost }];

;// CONCATENATED MODULE: ./src/ops/shape-math.ts






/** Generators (ConstantOfShape, Range) materialize values only up to this many elements. */
const GENERATOR_MAX_ELEMENTS = 1024;
/** Shape (opset 15: start/end attributes clamp the returned slice). */
function shapeRange(ctx, rank) {
    const clamp = (v) => Math.min(Math.max(v < 0 ? v + rank : v, 0), rank);
    return [clamp(attrInt(ctx.node, 'start', 0)), clamp(attrInt(ctx.node, 'end', rank))];
}
const shapeRule = {
    kind: 'Shape', role: 'shape', foldsFromShapes: true, cost: () => ZERO_COST,
    infer: (ctx) => {
        const x = ctx.input(0)?.shape;
        if (!x)
            return [{ dtype: 'int64' }];
        const [s, e] = shapeRange(ctx, x.length);
        return [{ shape: [Math.max(0, e - s)], dtype: 'int64' }];
    },
    fold: (ctx) => {
        const x = ctx.input(0)?.shape;
        if (!x)
            return undefined;
        const [s, e] = shapeRange(ctx, x.length);
        const dims = x.slice(s, e);
        return dims.every(isNum) ? [dims] : undefined;
    },
};
const sizeRule = {
    kind: 'Size', role: 'shape', foldsFromShapes: true, cost: () => ZERO_COST,
    infer: () => [{ shape: [], dtype: 'int64' }],
    fold: (ctx) => {
        const n = product(ctx.input(0)?.shape ?? [UNKNOWN_DIM]);
        return n === undefined || n > Number.MAX_SAFE_INTEGER ? undefined : [[n]];
    },
};
/** Constant node: value (tensor) or value_float(s) / value_int(s). */
function constantValue(ctx) {
    const t = attrTensor(ctx.node, 'value');
    if (t) {
        const values = t.shape && isSmall(t.shape) ? readValues(t, FOLD_MAX_ELEMENTS) : undefined;
        return { shape: t.shape ?? [], dtype: t.dtype, ...(values ? { values } : {}) };
    }
    const f = attrFloat(ctx.node, 'value_float');
    if (f !== undefined)
        return { shape: [], dtype: 'float32', values: [f] };
    const i = attrInt(ctx.node, 'value_int');
    if (i !== undefined)
        return { shape: [], dtype: 'int64', values: [i] };
    const fs = attrInts(ctx.node, 'value_floats');
    if (fs)
        return { shape: [fs.length], dtype: 'float32', values: fs };
    const is = attrInts(ctx.node, 'value_ints');
    if (is)
        return { shape: [is.length], dtype: 'int64', values: is };
    return undefined;
}
const constantRule = {
    kind: 'Constant', role: 'shape', cost: () => ZERO_COST,
    infer: (ctx) => {
        const c = constantValue(ctx);
        return [c ? { shape: c.shape, dtype: c.dtype } : {}];
    },
    fold: (ctx) => {
        const v = constantValue(ctx)?.values;
        return v ? [v] : undefined;
    },
};
function fillValue(ctx) {
    const t = attrTensor(ctx.node, 'value');
    if (!t)
        return { dtype: 'float32', value: 0 };
    return { dtype: t.dtype, value: readValues(t, 1)?.[0] };
}
const constantOfShape = {
    kind: 'ConstantOfShape', role: 'shape', shapeInputs: [0], cost: () => ZERO_COST,
    infer: (ctx) => {
        const dims = ctx.constValues(0);
        const { dtype } = fillValue(ctx);
        if (dims)
            return [{ shape: dims, dtype }];
        const s = ctx.input(0)?.shape;
        return [{ shape: s && isNum(s[0]) ? new Array(s[0]).fill(UNKNOWN_DIM) : undefined, dtype }];
    },
    // Values only for small outputs; bigger ones become 'computed' constants (weights built in-graph).
    fold: (ctx, inputs) => {
        const dims = inputs[0];
        const { value } = fillValue(ctx);
        if (!dims || value === undefined || !isSmall(dims, GENERATOR_MAX_ELEMENTS))
            return undefined;
        return [new Array(product(dims) ?? 0).fill(value)];
    },
};
function rangeCount(start, limit, delta) {
    if (delta === 0)
        fail('Range delta must not be 0');
    return Math.max(Math.ceil((limit - start) / delta), 0);
}
const rangeRule = {
    kind: 'Range', role: 'shape', shapeInputs: [0, 1, 2], cost: () => ZERO_COST,
    infer: (ctx) => {
        const [s, l, d] = [ctx.constValues(0)?.[0], ctx.constValues(1)?.[0], ctx.constValues(2)?.[0]];
        const dtype = ctx.input(0)?.dtype;
        if (s === undefined || l === undefined || d === undefined)
            return [{ shape: [UNKNOWN_DIM], dtype }];
        return [{ shape: [rangeCount(s, l, d)], dtype }];
    },
    fold: (ctx, inputs) => {
        const [s, l, d] = [inputs[0]?.[0], inputs[1]?.[0], inputs[2]?.[0]];
        if (s === undefined || l === undefined || d === undefined)
            return undefined;
        const n = rangeCount(s, l, d);
        if (n > GENERATOR_MAX_ELEMENTS)
            return undefined;
        return [[...Array(n).keys()].map((k) => s + k * d)];
    },
};
const castRule = {
    kind: 'Cast', role: 'data-movement', cost: () => ZERO_COST,
    infer: (ctx) => {
        const x = ctx.input(0);
        const to = dtypeFromAttr(ctx.node.attrs['to']);
        if (ctx.node.attrs['to'] !== undefined && !to)
            fail(`unknown target type ${String(ctx.node.attrs['to'])}`);
        return [{ shape: x?.shape, dtype: to ?? x?.dtype }];
    },
    fold: (ctx, inputs) => {
        const to = dtypeFromAttr(ctx.node.attrs['to']);
        const v = inputs[0];
        return v && to && to !== 'string' ? [v.map((x) => castValue(x, to))] : undefined;
    },
};
const SHAPE_MATH_RULES = [shapeRule, sizeRule, constantRule, constantOfShape, rangeRule, castRule];

;// CONCATENATED MODULE: ./src/ops/table.ts
/**
 * The operator table: one rule per OpKind (shape inference, MACC, constant folding). Rules live
 * in small files by family; this file only assembles them and adds the cost of a fused
 * activation (`node.activation`) to the node's default MACC (METRICS.md).
 */




















/** Clamping activations: in an integer layer the output requantization's saturation applies them. */
const CLAMPS = new Set(['Relu', 'Relu6', 'Clip']);
/**
 * Default-mode MACC of an activation fused into a node: its factor times the node's output.
 * In a quantized (ss/sa) layer a fused Relu/Relu6/Clip is the requantization's clamp and costs 0,
 * as stedgeai's C model counts it (sww reference: conv2d_1 143,488 MACC, its nl_1_nl folded away).
 */
function fusedActivationMacc(ctx) {
    const act = ctx.node.activation;
    if (act === undefined)
        return 0;
    if (ctx.node.attrs['quantized'] === 1 && CLAMPS.has(act))
        return 0;
    return activationFactor(act) * outCount(ctx);
}
function withFusedActivation(rule) {
    const base = rule.cost;
    return {
        ...rule,
        cost(ctx) {
            let c;
            try {
                c = base(ctx);
            }
            catch (e) {
                // Inconsistent inputs: inference already reported them (W_SHAPE); the node counts 0.
                if (e instanceof ShapeError)
                    return ZERO_COST;
                throw e;
            }
            const extra = fusedActivationMacc(ctx);
            return extra === 0 ? c : { macc: clampMacc(c.macc + extra), pure: c.pure };
        },
    };
}
const ALL = [
    ...CONV_RULES, ...GEMM_RULES, ...RECURRENT_RULES, ...POOL_RULES, ...REDUCE_RULES, ...NORMALIZATION_RULES,
    ...ELEMENTWISE_RULES, ...ACTIVATION_RULES, ...QUANT_RULES, ...MOVEMENT_RULES, ...INDEXING_RULES,
    ...GATHER_RULES, ...SHAPE_MATH_RULES, ...RESIZE_RULES, ...MISC_RULES, ...CONTROL_RULES,
];
function build() {
    const m = new Map();
    for (const r of ALL) {
        if (m.has(r.kind))
            throw new FootprintError('E_INTERNAL', `operator table: two rules for ${r.kind}`);
        m.set(r.kind, withFusedActivation(r));
    }
    const missing = OP_KINDS.filter((k) => !m.has(k));
    if (missing.length > 0)
        throw new FootprintError('E_INTERNAL', `operator table: no rule for ${missing.join(', ')}`);
    return m;
}
/** Every rule, by kind. */
const RULES = build();
function getRule(kind) {
    const r = RULES.get(kind) ?? RULES.get('Unknown');
    if (!r)
        throw new FootprintError('E_INTERNAL', `operator table: no rule for ${kind}`);
    return r;
}

;// CONCATENATED MODULE: ./src/ops/rule.ts
function foldsFromShapes(rule) {
    return rule.foldsFromShapes === true;
}

;// CONCATENATED MODULE: ./src/passes/shapes/state.ts
function newState(opset, diagnostics) {
    return { diagnostics, opset, unknown: new Set(), downstreamUnknown: 0, folded: [] };
}
/**
 * Adds a diagnostic once: the pipeline runs this pass more than once, and the same finding
 * must not be listed twice.
 */
function report(state, d) {
    const same = (x) => x.code === d.code && x.message === d.message && x.node === d.node;
    if (!state.diagnostics.some(same))
        state.diagnostics.push(d);
}
function messageOf(e) {
    return e instanceof Error ? e.message : String(e);
}

;// CONCATENATED MODULE: ./src/passes/shapes/fold.ts






const KEEP_ROLES = new Set(['quantization', 'control', 'state', 'unknown']);
function fold_isConstant(t) {
    return t?.data !== undefined && t.variable !== true;
}
/** Writes folded values onto the outputs when they fit their shapes; false otherwise. */
function applyValues(outs, values) {
    if (!values || values.length < outs.length)
        return false;
    for (let i = 0; i < outs.length; i++) {
        const t = outs[i];
        const v = values[i];
        if (!t || !v || v.length > FOLD_MAX_ELEMENTS)
            return false;
        const n = staticCount(t.shape);
        if (n === undefined ? !(t.shape === undefined && v.length > 0) : n !== v.length)
            return false;
    }
    outs.forEach((t, i) => {
        const v = values[i] ?? [];
        if (!t)
            return;
        if (t.shape === undefined)
            t.shape = [v.length];
        t.data = { kind: 'values', values: v };
    });
    return true;
}
function tryRuleFold(rule, ctx, inputs, state) {
    if (!rule.fold)
        return undefined;
    try {
        return rule.fold(ctx, inputs);
    }
    catch (e) {
        report(state, diag('W_SHAPE', `${ctx.node.op} '${ctx.node.name}': cannot fold constant inputs: ${messageOf(e)}`, ctx.node.name));
        return undefined;
    }
}
/** Returns true when the node was turned into constants (the caller drops it). */
function tryFold(rule, ctx, state) {
    const node = ctx.node;
    if (KEEP_ROLES.has(rule.role) || node.subgraphs !== undefined || node.outputs.length === 0)
        return false;
    const outs = node.outputs.map((_, i) => ctx.output(i));
    if (foldsFromShapes(rule)) {
        const done = applyValues(outs, tryRuleFold(rule, ctx, [], state));
        if (done)
            state.folded.push(node.name);
        return done;
    }
    const present = node.inputs.map((n, i) => (n === '' ? undefined : i)).filter((i) => i !== undefined);
    if (present.length === 0 && node.op !== 'Constant')
        return false;
    if (!present.every((i) => fold_isConstant(ctx.input(i))))
        return false;
    const inputs = node.inputs.map((n, i) => {
        const t = ctx.input(i);
        return n === '' || !t ? undefined : readValues(t, FOLD_MAX_ELEMENTS);
    });
    const allValues = present.every((i) => inputs[i] !== undefined);
    if (allValues && applyValues(outs, tryRuleFold(rule, ctx, inputs, state))) {
        state.folded.push(node.name);
        return true;
    }
    const attrValue = node.op === 'Constant' ? attrTensor(node, 'value') : undefined;
    for (const t of outs)
        if (t)
            t.data = attrValue?.data ?? { kind: 'computed', by: node.name };
    state.folded.push(node.name);
    return true;
}

;// CONCATENATED MODULE: ./src/passes/shapes/merge.ts




/**
 * Inferred dims win over declared ones (a W_SHAPE names both when they disagree); unknown
 * inferred dims take the declared number or symbol; no inference keeps the declared shape.
 */
function mergeShape(node, out, inferred, state) {
    const declared = out.shape;
    if (inferred === undefined)
        return;
    if (declared === undefined) {
        out.shape = [...inferred];
        return;
    }
    let conflict = declared.length !== inferred.length;
    const merged = conflict ? [...inferred] : inferred.map((d, i) => {
        const e = declared[i];
        if (isNum(d) && isNum(e) && d !== e)
            conflict = true;
        if (isNum(d))
            return d;
        if (e !== undefined && (isNum(e) || d === UNKNOWN_DIM))
            return e;
        return d;
    });
    if (conflict) {
        report(state, diag('W_SHAPE', `${node.op} '${node.name}': output '${out.name}' is inferred as ${formatShape(inferred)} but the file declares ${formatShape(declared)}; using the inferred shape`, node.name));
    }
    out.shape = merged;
}
/** The file's dtype stays when it is known; otherwise the inferred one is used. */
function mergeDType(out, inferred) {
    if (out.dtype === 'unknown' && inferred !== undefined)
        out.dtype = inferred;
}
/** Flags element counts beyond 2^53 (MACC and byte figures are capped for them). */
function checkLimits(node, outs, state) {
    for (const t of outs) {
        if (!t.shape)
            continue;
        let n = 1;
        for (const d of t.shape)
            if (isNum(d))
                n *= d;
        if (n > Number.MAX_SAFE_INTEGER) {
            report(state, diag('W_SHAPE', `${node.op} '${node.name}': output '${t.name}' (${formatShape(t.shape)}) has more than 2^53 elements; counts for it are capped (E_LIMIT)`, node.name));
            return;
        }
    }
}

;// CONCATENATED MODULE: ./src/passes/shapes/node.ts



/** The node's output tensors, created in its graph when the file did not list them. */
function outputTensors(ctx) {
    return ctx.node.outputs.map((name, i) => {
        const found = ctx.output(i);
        if (found || name === '')
            return found ?? { name, dtype: 'unknown' };
        const t = { name, dtype: 'unknown' };
        ctx.graph.tensors.set(name, t);
        return t;
    });
}
/** Runs inference; returns false when the rule rejected the inputs. */
function inferNode(rule, ctx, state) {
    const node = ctx.node;
    const outs = outputTensors(ctx);
    let inferred;
    try {
        inferred = rule.infer(ctx);
    }
    catch (e) {
        report(state, diag('W_SHAPE', `${node.op} '${node.name}': ${messageOf(e)}`, node.name));
        for (const t of outs)
            if (!t.shape)
                state.unknown.add(t.name);
        return false;
    }
    outs.forEach((t, i) => {
        const inf = inferred[i];
        if (!inf || t.name === '')
            return;
        mergeShape(node, t, inf.shape, state);
        mergeDType(t, inf.dtype);
    });
    checkLimits(node, outs, state);
    reportUnknown(rule, ctx, outs, state);
    return true;
}
/** One W_SHAPE per chain: at the first node whose outputs stay unknown, naming the cause. */
function reportUnknown(rule, ctx, outs, state) {
    const missing = outs.filter((t) => t.name !== '' && t.shape === undefined);
    if (missing.length === 0)
        return;
    for (const t of missing)
        state.unknown.add(t.name);
    const node = ctx.node;
    const unknownInputs = node.inputs.filter((n, i) => n !== '' && ctx.input(i)?.shape === undefined);
    if (rule.role === 'unknown' || (unknownInputs.length > 0 && unknownInputs.every((n) => state.unknown.has(n)))) {
        state.downstreamUnknown++;
        return;
    }
    const names = missing.map((t) => `'${t.name}'`).join(', ');
    const cause = unknownInputs.length > 0
        ? `input ${unknownInputs.map((n) => `'${n}'`).join(', ')} has an unknown shape`
        : rule.role === 'control'
            ? 'its nested graphs give outputs of different ranks or of unknown shape'
            : 'its size depends on values known only at run time (non-constant shape operand) or on unsupported attributes';
    report(state, diag('W_SHAPE', `${node.op} '${node.name}': cannot infer the shape of ${names}: ${cause}`, node.name));
}

;// CONCATENATED MODULE: ./src/passes/shapes/subgraph.ts

/** Sets a body input's shape/dtype from the outer tensor when the file left it open. */
function bind(body, i, shape, dtype) {
    const name = body.inputs[i];
    if (name === undefined)
        return;
    let t = body.tensors.get(name);
    if (!t) {
        t = { name, dtype: 'unknown' };
        body.tensors.set(name, t);
    }
    if (t.shape === undefined && shape !== undefined)
        t.shape = [...shape];
    if (t.dtype === 'unknown' && dtype !== undefined)
        t.dtype = dtype;
}
/** Loop body inputs: (iteration int64 [], cond bool [], carried...); Scan: (state..., scan slices...). */
function bindBodyInputs(node, body, lookup, opset) {
    const input = (i) => {
        const n = node.inputs[i];
        return n === undefined || n === '' ? undefined : lookup(n);
    };
    if (node.op === 'Loop') {
        bind(body, 0, [], 'int64');
        bind(body, 1, [], 'bool');
        for (let i = 2; i < node.inputs.length; i++)
            bind(body, i, input(i)?.shape, input(i)?.dtype);
    }
    else if (node.op === 'Scan') {
        // Opset 8: input 0 is sequence_lens and every input has a batch axis 0 (and scans axis 1).
        const batched = opset !== undefined && opset < 9;
        const first = batched ? 1 : 0;
        const m = attrInt(node, 'num_scan_inputs', 0);
        const n = node.inputs.length - m - first;
        const axes = attrInts(node, 'scan_input_axes') ?? [];
        for (let k = 0; k < node.inputs.length - first; k++) {
            const t = input(k + first);
            const drop = new Set(batched ? [0] : []);
            if (k >= n && t?.shape) {
                const a0 = batched ? 1 : axes[k - n] ?? 0;
                drop.add(a0 < 0 ? a0 + t.shape.length : a0);
            }
            bind(body, k, t?.shape?.filter((_, i) => !drop.has(i)), t?.dtype);
        }
    }
}
/**
 * For an If with a constant condition: the taken branch's nodes, renamed to write the If's
 * outputs, and the tensors to add to the outer graph. undefined when it cannot be inlined.
 */
function inlineIf(node, outer, lookup) {
    if (node.op !== 'If' || !node.subgraphs)
        return undefined;
    const cond = node.inputs[0] ? lookup(node.inputs[0]) : undefined;
    const v = cond?.data?.kind === 'values' ? cond.data.values[0] : undefined;
    if (v === undefined)
        return undefined;
    const branch = node.subgraphs[v !== 0 ? 'then_branch' : 'else_branch'];
    if (!branch || branch.outputs.length !== node.outputs.length)
        return undefined;
    const rename = new Map();
    branch.outputs.forEach((o, i) => rename.set(o, node.outputs[i] ?? o));
    const produced = new Set(branch.nodes.flatMap((n) => n.outputs));
    const sources = branch.outputs.map((o) => branch.tensors.get(o) ?? lookup(o));
    // An output passed straight through must be a constant to be inlined without a node.
    if (branch.outputs.some((o, i) => !produced.has(o) && sources[i]?.data === undefined))
        return undefined;
    sources.forEach((src, i) => {
        const target = outer.tensors.get(node.outputs[i] ?? '');
        if (src && target)
            Object.assign(target, { ...src, name: target.name });
    });
    const tensors = [...branch.tensors.values()].filter((t) => !rename.has(t.name) && !outer.tensors.has(t.name));
    const names = new Set(outer.nodes.map((n) => n.name));
    const nodes = branch.nodes.map((n) => ({
        ...n,
        name: names.has(n.name) ? `${node.name}/${n.name}` : n.name,
        inputs: n.inputs.map((x) => rename.get(x) ?? x),
        outputs: n.outputs.map((x) => rename.get(x) ?? x),
    }));
    return { nodes, tensors };
}

;// CONCATENATED MODULE: ./src/passes/shapes.ts







/** Infers one graph in place; `outer` resolves names from enclosing scopes. */
function inferGraph(graph, state, outer) {
    const lookup = (name) => graph.tensors.get(name) ?? outer?.(name);
    const kept = [];
    for (const node of graph.nodes) {
        for (const body of Object.values(node.subgraphs ?? {})) {
            bindBodyInputs(node, body, lookup, state.opset);
            inferGraph(body, state, lookup);
        }
        const inlined = inlineIf(node, graph, lookup);
        if (inlined) {
            for (const t of inlined.tensors)
                graph.tensors.set(t.name, t);
            kept.push(...inlined.nodes);
            state.folded.push(node.name);
            continue;
        }
        const rule = getRule(node.op);
        const ctx = createRuleContext(graph, node, state.opset, lookup);
        if (inferNode(rule, ctx, state) && tryFold(rule, ctx, state))
            continue;
        kept.push(node);
    }
    graph.nodes = kept;
}
function summarize(state) {
    if (state.folded.length > 0) {
        const shown = state.folded.slice(0, 8).join(', ');
        const more = state.folded.length > 8 ? `, ... (${state.folded.length - 8} more)` : '';
        report(state, diag('I_FOLDED', `${state.folded.length} constant node(s) folded: ${shown}${more}`));
    }
    if (state.downstreamUnknown > 0) {
        report(state, diag('W_SHAPE', `${state.downstreamUnknown} more node(s) have unknown output shapes downstream of unsupported operators or of the nodes reported above`));
    }
}
const shapesPass = {
    name: 'shapes',
    run(graph, ctx) {
        const state = newState(ctx.opset, ctx.diagnostics);
        inferGraph(graph, state);
        summarize(state);
        return graph;
    },
};

;// CONCATENATED MODULE: ./src/passes/cleanup.ts


const cleanupPass = {
    name: 'cleanup',
    run(graph, ctx) {
        removePassThrough(graph, ctx);
        removeDeadNodes(graph, ctx);
        removeUnreferencedTensors(graph);
        return graph;
    },
};
function isPassThrough(n) {
    if (n.op !== 'Identity' && n.op !== 'Dropout')
        return false;
    const input = n.inputs[0];
    const out = n.outputs[0];
    if (input === undefined || input === '' || out === undefined || out === '')
        return false;
    // A Dropout whose mask output is used is not a pass-through.
    return n.outputs.length === 1 || n.outputs.slice(1).every((o) => o === '');
}
function removePassThrough(g, ctx) {
    const dead = new Set();
    let identities = 0;
    const idx = buildUseIndex(g);
    const moveUses = (from, to) => {
        const list = idx.consumers.get(from) ?? [];
        idx.consumers.delete(from);
        idx.consumers.set(to, [...(idx.consumers.get(to) ?? []).filter((c) => !list.includes(c)), ...list]);
    };
    for (const n of g.nodes) {
        if (!isPassThrough(n))
            continue;
        const input = n.inputs[0];
        const out = n.outputs[0];
        const maskUsed = n.outputs.slice(1).some((o) => o !== '' && (idx.consumers.get(o)?.length ?? 0) > 0);
        if (maskUsed)
            continue;
        const producer = idx.producer.get(input);
        const readers = (idx.consumers.get(out) ?? []).filter((c) => c !== n);
        idx.consumers.set(input, (idx.consumers.get(input) ?? []).filter((c) => c !== n));
        if (idx.graphOutputs.has(out)) {
            // Keep the output name: the producer of the input writes `out` directly.
            if (producer === undefined || producer === n || idx.graphOutputs.has(input)) {
                idx.consumers.get(input)?.push(n);
                continue;
            }
            n.outputs = [];
            renameTensor(g, input, out);
            idx.producer.delete(input);
            idx.producer.set(out, producer);
            moveUses(input, out);
        }
        else {
            n.outputs = [];
            replaceUses(g, out, input, readers);
            g.tensors.delete(out);
            idx.producer.delete(out);
            moveUses(out, input);
        }
        dead.add(n);
        if (n.op === 'Dropout') {
            const holder = producer ?? readers[0];
            if (holder !== undefined)
                absorb(holder, n);
            else
                ctx.diagnostics.push(diag('I_FOLDED', `Dropout '${n.name}' removed (inference pass-through)`, n.name));
        }
        else {
            identities++;
        }
    }
    removeNodes(g, dead);
    if (identities > 0)
        ctx.diagnostics.push(diag('I_FOLDED', `removed ${identities} Identity node${identities > 1 ? 's' : ''}`));
}
/** Worklist over use counts: a node dies when none of its outputs is read or a graph output. */
function removeDeadNodes(g, ctx) {
    const uses = new Map();
    const bump = (name, by) => {
        uses.set(name, (uses.get(name) ?? 0) + by);
    };
    const readsOf = (n) => [...n.inputs.filter((i) => i !== ''), ...outerReads(n)];
    for (const o of g.outputs)
        bump(o, 1);
    for (const n of g.nodes)
        for (const r of readsOf(n))
            bump(r, 1);
    const producer = new Map();
    for (const n of g.nodes)
        for (const o of n.outputs)
            if (o !== '')
                producer.set(o, n);
    const isDead = (n) => n.outputs.length > 0 && n.outputs.every((o) => o === '' || (uses.get(o) ?? 0) === 0);
    const dead = new Set();
    const work = g.nodes.filter(isDead);
    while (work.length > 0) {
        const n = work.pop();
        if (dead.has(n))
            continue;
        dead.add(n);
        for (const r of readsOf(n)) {
            bump(r, -1);
            const p = producer.get(r);
            if (p !== undefined && !dead.has(p) && isDead(p))
                work.push(p);
        }
    }
    if (dead.size === 0)
        return;
    removeNodes(g, dead);
    const names = [...dead].map((n) => `'${n.name}'`);
    const shown = names.length > 10 ? [...names.slice(0, 10), `... (${names.length - 10} more)`] : names;
    ctx.diagnostics.push(diag('I_FOLDED', `removed ${dead.size} node${dead.size > 1 ? 's' : ''} whose outputs are never used: ${shown.join(', ')}`));
}
function removeUnreferencedTensors(g) {
    const keep = new Set([...g.inputs, ...g.outputs]);
    for (const n of g.nodes) {
        for (const i of n.inputs)
            keep.add(i);
        for (const o of n.outputs)
            keep.add(o);
        for (const r of outerReads(n))
            keep.add(r);
    }
    for (const name of [...g.tensors.keys()])
        if (!keep.has(name))
            g.tensors.delete(name);
}

;// CONCATENATED MODULE: ./src/passes/qdq-params.ts



/** Per-channel scales of the widest layer we expect; more is read as "unknown values". */
const MAX_SCALES = 1 << 16;
/**
 * The node's parameters, or undefined when the scale is not a constant (dynamic quantization).
 * `storage` is the integer type of the quantized side. Values that cannot be read (bytes not yet
 * decodable) are NaN, one per channel, so the per-channel count is still known.
 */
function readQuantParams(g, node, storage) {
    const scaleT = tensorOf(g, node.inputs[1]);
    if (scaleT?.data === undefined)
        return undefined;
    const zpT = tensorOf(g, node.inputs[2]);
    if (zpT !== undefined && zpT.data === undefined)
        return undefined;
    const count = elementCount(scaleT.shape) ?? 1;
    const scale = readValues(scaleT, MAX_SCALES) ?? new Array(count).fill(Number.NaN);
    const zeroPoint = zpT === undefined ? new Array(scale.length).fill(0) : (readValues(zpT, MAX_SCALES) ?? new Array(scale.length).fill(Number.NaN));
    const q = { scale, zeroPoint, dtype: storage };
    if (scale.length > 1) {
        const rank = tensorOf(g, node.inputs[0])?.shape?.length;
        const raw = typeof node.attrs['axis'] === 'number' ? node.attrs['axis'] : 1;
        q.axis = raw < 0 && rank !== undefined ? raw + rank : raw;
    }
    return q;
}
/** Integer type a QuantizeLinear produces: its zero point's type, else its output's, else uint8 (ONNX default). */
function quantizeStorage(g, q) {
    const zp = tensorOf(g, q.inputs[2]);
    if (zp !== undefined && isInteger(zp.dtype))
        return zp.dtype;
    const out = tensorOf(g, q.outputs[0]);
    if (out !== undefined && isInteger(out.dtype))
        return out.dtype;
    return 'uint8';
}
/** True when the tensor holds quantized integers (typed integer, or carrying quantization). */
function holdsQuantized(t) {
    if (t === undefined)
        return false;
    return t.quant !== undefined || (isInteger(t.dtype) && !isFloat(t.dtype));
}
function tensorOf(g, name) {
    return name === undefined || name === '' ? undefined : g.tensors.get(name);
}

;// CONCATENATED MODULE: ./src/passes/qdq.ts



const qdqPass = {
    name: 'qdq',
    run(graph) {
        if (!graph.nodes.some((n) => n.op === 'QuantizeLinear' || n.op === 'DequantizeLinear'))
            return graph;
        const dead = new Set();
        const idx = buildUseIndex(graph);
        foldConstantDequantize(graph, idx, dead);
        for (const n of graph.nodes) {
            if (dead.has(n))
                continue;
            if (n.op === 'QuantizeLinear')
                foldQuantize(graph, idx, n, dead);
            else if (n.op === 'DequantizeLinear')
                foldDequantize(graph, idx, n, dead);
            else if (PASS_THROUGH.has(n.op))
                propagate(graph, idx, n);
        }
        removeNodes(graph, dead);
        markQuantized(graph);
        return graph;
    },
};
const PASS_THROUGH = new Set([
    'Reshape', 'Flatten', 'Squeeze', 'Unsqueeze', 'Transpose', 'Identity', 'Dropout', 'Slice', 'Gather',
    'Pad', 'Split', 'Tile', 'Expand', 'DepthToSpace', 'SpaceToDepth', 'MaxPool', 'GlobalMaxPool',
]);
/** Readers of `from` (except `dropped`) now read `to`; the use index follows. */
function rewire(g, idx, from, to, dropped) {
    const readers = (idx.consumers.get(from) ?? []).filter((c) => c !== dropped);
    replaceUses(g, from, to, readers);
    idx.consumers.delete(from);
    const existing = (idx.consumers.get(to) ?? []).filter((c) => c !== dropped && !readers.includes(c));
    idx.consumers.set(to, [...existing, ...readers]);
    g.tensors.delete(from);
    idx.producer.delete(from);
    return readers;
}
function foldConstantDequantize(g, idx, dead) {
    for (const dq of g.nodes) {
        if (dq.op !== 'DequantizeLinear')
            continue;
        const w = g.tensors.get(dq.inputs[0] ?? '');
        const out = dq.outputs[0] ?? '';
        if (w?.data === undefined || isFloat(w.dtype) || out === '' || idx.graphOutputs.has(out))
            continue;
        const readers = idx.consumers.get(out) ?? [];
        if (readers.length === 0 || readers.some((r) => r.op === 'QuantizeLinear'))
            continue;
        const quant = readQuantParams(g, dq, isInteger(w.dtype) ? w.dtype : 'int8');
        if (quant === undefined)
            continue;
        w.quant = quant;
        rewire(g, idx, out, w.name, dq);
        absorb(readers[0], dq);
        dead.add(dq);
    }
}
/** A node that computes in float: a DequantizeLinear, or any float non-constant input. */
function computesInFloat(g, n) {
    if (n.op === 'DequantizeLinear')
        return true;
    if (n.op === 'QuantizeLinear')
        return false;
    return n.inputs.some((i) => {
        const t = i === '' ? undefined : g.tensors.get(i);
        return t !== undefined && t.data === undefined && isFloat(t.dtype) && t.quant === undefined;
    });
}
function foldQuantize(g, idx, q, dead) {
    const xName = q.inputs[0] ?? '';
    const qName = q.outputs[0] ?? '';
    const x = g.tensors.get(xName);
    const qOut = g.tensors.get(qName);
    if (x === undefined || qOut === undefined)
        return;
    const storage = quantizeStorage(g, q);
    const quant = readQuantParams(g, q, storage);
    if (quant === undefined)
        return;
    qOut.dtype = storage;
    qOut.quant = quant;
    const isOutput = idx.graphOutputs.has(qName);
    if (x.data !== undefined && isFloat(x.dtype) && !isOutput) {
        // Float weights quantized in the graph: store them as the integer constant they become.
        qOut.data = { kind: 'computed', by: q.name };
        const readers = idx.consumers.get(qName) ?? [];
        if (readers[0] !== undefined)
            absorb(readers[0], q);
        idx.consumers.set(xName, (idx.consumers.get(xName) ?? []).filter((c) => c !== q));
        idx.producer.delete(qName);
        q.outputs = [];
        dead.add(q);
        return;
    }
    const producer = idx.producer.get(xName);
    const onlyReader = (idx.consumers.get(xName) ?? []).every((c) => c === q);
    if (producer === undefined || idx.graphOutputs.has(xName) || !onlyReader || computesInFloat(g, producer))
        return;
    x.dtype = storage;
    x.quant = quant;
    if (isOutput) {
        // An integer graph output: the producer writes it directly, keeping the output's name.
        q.inputs = [];
        q.outputs = [];
        renameTensor(g, xName, qName);
        idx.producer.delete(xName);
        idx.producer.set(qName, producer);
        idx.consumers.delete(xName);
    }
    else {
        rewire(g, idx, qName, xName, q);
    }
    absorb(producer, q);
    dead.add(q);
}
function foldDequantize(g, idx, dq, dead) {
    const tName = dq.inputs[0] ?? '';
    const out = dq.outputs[0] ?? '';
    const t = g.tensors.get(tName);
    if (t === undefined || out === '' || !holdsQuantized(t))
        return;
    if (t.quant === undefined) {
        const quant = readQuantParams(g, dq, isInteger(t.dtype) ? t.dtype : 'int8');
        if (quant === undefined)
            return;
        t.quant = quant;
    }
    const readers = idx.consumers.get(out) ?? [];
    if (idx.graphOutputs.has(out) || readers.length === 0 || readers.some((r) => r.op === 'QuantizeLinear'))
        return;
    // A reader that computes in float (its result is not quantized again, e.g. a Softmax writing the
    // float output) needs the real conversion: the DQ stays, as stedgeai keeps it (2 * O MACC).
    if (!readers.every((r) => staysInteger(idx, r)))
        return;
    rewire(g, idx, out, tName, dq);
    absorb(readers[0], dq);
    dead.add(dq);
}
/** The reader computes on integers: data movement, or every result is quantized by a Q right after. */
function staysInteger(idx, reader) {
    if (PASS_THROUGH.has(reader.op))
        return true;
    return reader.outputs.every((o) => {
        const uses = o === '' ? [] : (idx.consumers.get(o) ?? []);
        return !idx.graphOutputs.has(o) && uses.length > 0 && uses.every((c) => c.op === 'QuantizeLinear');
    });
}
function propagate(g, idx, n) {
    const src = g.tensors.get(n.inputs[0] ?? '');
    if (src?.quant === undefined || !isInteger(src.dtype) || src.quant.scale.length !== 1)
        return;
    for (const o of n.outputs) {
        const t = o === '' ? undefined : g.tensors.get(o);
        if (t === undefined || t.quant !== undefined || idx.graphOutputs.has(o))
            continue;
        if (t.dtype !== 'unknown' && !isFloat(t.dtype))
            continue;
        t.dtype = src.dtype;
        t.quant = { ...src.quant, scale: [...src.quant.scale], zeroPoint: [...src.quant.zeroPoint] };
    }
}
function markQuantized(g) {
    for (const n of g.nodes) {
        if (n.op === 'QuantizeLinear' || n.op === 'DequantizeLinear')
            continue;
        const acts = n.inputs
            .filter((i) => i !== '')
            .map((i) => g.tensors.get(i))
            .filter((t) => t !== undefined && t.data === undefined);
        if (acts.length > 0 && acts.every((t) => t.quant !== undefined && isInteger(t.dtype)))
            n.attrs['quantized'] = 1;
    }
}

;// CONCATENATED MODULE: ./src/passes/batchnorm.ts


const FOLDS_INTO = new Set(['Conv', 'ConvTranspose', 'Gemm']);
const batchnormPass = {
    name: 'batchnorm',
    run(graph) {
        const idx = buildUseIndex(graph);
        const dead = new Set();
        for (const bn of graph.nodes) {
            if (bn.op !== 'BatchNormalization' || bn.attrs['training_mode'] === 1)
                continue;
            const x = bn.inputs[0] ?? '';
            const out = bn.outputs[0] ?? '';
            const op = idx.producer.get(x);
            if (op === undefined || !FOLDS_INTO.has(op.op) || op.activation !== undefined || op.outputs[0] !== x)
                continue;
            if (idx.graphOutputs.has(x) || (idx.consumers.get(x) ?? []).some((c) => c !== bn))
                continue;
            if (out === '' || bn.outputs.slice(1).some((o) => o !== '' && ((idx.consumers.get(o)?.length ?? 0) > 0 || idx.graphOutputs.has(o))))
                continue;
            if (!bn.inputs.slice(1, 5).every((i) => i !== '' && graph.tensors.get(i)?.data !== undefined))
                continue;
            const cout = channels(graph, bn, op);
            if (cout === undefined)
                continue;
            if ((op.inputs[2] ?? '') === '')
                addBias(graph, op, bn, cout);
            bn.outputs = [];
            renameTensor(graph, x, out);
            idx.producer.delete(x);
            idx.producer.set(out, op);
            absorb(op, bn);
            dead.add(bn);
        }
        removeNodes(graph, dead);
        return graph;
    },
};
/** Output channels: the BN scale's length, else the weights' output dim. */
function channels(g, bn, op) {
    const scale = g.tensors.get(bn.inputs[1] ?? '');
    const s0 = scale?.shape?.length === 1 ? scale.shape[0] : undefined;
    if (typeof s0 === 'number' && s0 > 0)
        return s0;
    const w = g.tensors.get(op.inputs[1] ?? '')?.shape;
    if (w === undefined)
        return undefined;
    let d;
    if (op.op === 'Gemm')
        d = op.attrs['transB'] === 1 ? w[0] : w[1];
    else if (op.op === 'ConvTranspose')
        d = typeof w[1] === 'number' ? w[1] * (typeof op.attrs['group'] === 'number' ? op.attrs['group'] : 1) : undefined;
    else
        d = w[0];
    return typeof d === 'number' && d > 0 ? d : undefined;
}
function addBias(g, op, bn, cout) {
    const w = g.tensors.get(op.inputs[1] ?? '');
    const wd = w?.dtype ?? 'float32';
    const dtype = isInteger(wd) && dtype_DTYPE_BITS[wd] <= 8 ? 'int32' : wd === 'unknown' ? 'float32' : wd;
    const name = freshTensorName(g, `${bn.name}_folded_bias`);
    const bias = { name, dtype, shape: [cout], data: { kind: 'computed', by: bn.name } };
    g.tensors.set(name, bias);
    while (op.inputs.length < 2)
        op.inputs.push('');
    op.inputs[2] = name;
}

;// CONCATENATED MODULE: ./src/passes/fuse-activation.ts


const ACTIVATIONS = new Set([
    'Relu', 'Relu6', 'Clip', 'LeakyRelu', 'Sigmoid', 'Tanh', 'HardSwish', 'HardSigmoid',
]);
const FUSES_ACTIVATION = new Set([
    'Conv', 'ConvTranspose', 'Gemm', 'MatMul', 'Add',
    'MaxPool', 'AveragePool', 'GlobalAveragePool', 'GlobalMaxPool', 'LpPool',
]);
const fuseActivationPass = {
    name: 'fuse-activation',
    run(graph) {
        const idx = buildUseIndex(graph);
        const dead = new Set();
        for (const act of graph.nodes) {
            if (!ACTIVATIONS.has(act.op))
                continue;
            const x = act.inputs[0] ?? '';
            const out = act.outputs[0] ?? '';
            const op = idx.producer.get(x);
            if (op === undefined || out === '' || !FUSES_ACTIVATION.has(op.op) || op.activation !== undefined)
                continue;
            if (op.outputs[0] !== x || op.outputs.length !== 1)
                continue;
            if (idx.graphOutputs.has(x) || (idx.consumers.get(x) ?? []).some((c) => c !== act))
                continue;
            const params = activationParams(graph, act);
            if (params === undefined)
                continue;
            op.activation = act.op;
            if (Object.keys(params).length > 0)
                op.activationAttrs = params;
            act.outputs = [];
            renameTensor(graph, x, out);
            idx.producer.delete(x);
            idx.producer.set(out, op);
            absorb(op, act);
            dead.add(act);
        }
        removeNodes(graph, dead);
        return graph;
    },
};
/** The activation's parameters, or undefined when they are not constants (then no fusion). */
function activationParams(g, act) {
    const attrs = {};
    const num = (k) => {
        const v = act.attrs[k];
        if (typeof v === 'number')
            attrs[k] = v;
    };
    switch (act.op) {
        case 'Clip': {
            for (const [k, i] of [['min', 1], ['max', 2]]) {
                const name = act.inputs[i] ?? '';
                if (name === '') {
                    num(k);
                    continue;
                }
                const t = g.tensors.get(name);
                if (t?.data === undefined)
                    return undefined;
                const v = readValues(t, 1);
                if (v?.[0] !== undefined)
                    attrs[k] = v[0];
            }
            return attrs;
        }
        case 'LeakyRelu':
            num('alpha');
            return attrs;
        case 'HardSigmoid':
            num('alpha');
            num('beta');
            return attrs;
        default:
            return attrs;
    }
}

;// CONCATENATED MODULE: ./src/passes/clone.ts
function cloneGraph(g) {
    const out = { ...g, tensors: new Map(), nodes: [], inputs: [...g.inputs], outputs: [...g.outputs] };
    if (g.outerRefs !== undefined)
        out.outerRefs = [...g.outerRefs];
    for (const [name, t] of g.tensors)
        out.tensors.set(name, cloneTensor(t));
    out.nodes = g.nodes.map(cloneNode);
    return out;
}
function cloneTensor(t) {
    const c = { ...t };
    if (t.shape !== undefined)
        c.shape = [...t.shape];
    if (t.quant !== undefined)
        c.quant = { ...t.quant, scale: [...t.quant.scale], zeroPoint: [...t.quant.zeroPoint] };
    return c;
}
function cloneNode(n) {
    const c = { ...n, inputs: [...n.inputs], outputs: [...n.outputs], attrs: { ...n.attrs } };
    if (n.fused !== undefined)
        c.fused = [...n.fused];
    if (n.activationAttrs !== undefined)
        c.activationAttrs = { ...n.activationAttrs };
    if (n.subgraphs !== undefined) {
        const subs = {};
        for (const [k, sg] of Object.entries(n.subgraphs))
            subs[k] = cloneGraph(sg);
        c.subgraphs = subs;
    }
    return c;
}

;// CONCATENATED MODULE: ./src/passes/pipeline.ts









/**
 * The passes in the order they run (`shapes` and `cleanup` run twice). BatchNorm folding and
 * activation fusion run before QDQ folding so that `Conv -> Relu -> Q -> DQ` (the usual QDQ
 * export) folds as one int8 group: the Q then follows the fused conv directly.
 */
const PIPELINE = [
    verifyPass,
    inputShapesPass,
    shapesPass,
    cleanupPass,
    batchnormPass,
    fuseActivationPass,
    qdqPass,
    shapesPass,
    cleanupPass,
];
function runPipeline(model, options, passes = PIPELINE) {
    const opset = model.meta['opset'];
    const ctx = {
        model,
        options,
        diagnostics: [],
        opset: typeof opset === 'number' ? opset : typeof opset === 'string' && /^\d+$/.test(opset) ? Number(opset) : undefined,
    };
    let graph = cloneGraph(model.graph);
    for (const pass of passes) {
        graph = pass.run(graph, ctx);
        verifyInvariants(graph, pass.name);
    }
    return { graph, diagnostics: ctx.diagnostics };
}

;// CONCATENATED MODULE: ./src/metrics/weights.ts
/**
 * Byte accounting for constant tensors (METRICS.md "Parameters and weights (ROM)").
 * weights (ro) = sum over constant arrays of alignUp(bytes at storage width, 4).
 */


function alignUp(n, to) {
    return Math.ceil(n / to) * to;
}
/** Items in a constant (0 when its shape is not static). */
function itemCount(t) {
    return elementCount(t.shape) ?? 0;
}
/** Bytes at storage width, not aligned (the `params #` figure). */
function weights_rawBytes(t) {
    return storageBytes(t.dtype, itemCount(t));
}
/** One constant array in ROM: storage bytes rounded up to 4. */
function weightBytes(t) {
    return alignUp(weights_rawBytes(t), 4);
}
/**
 * Whether a constant would be a float32 array in the float model: float data, quantized or
 * small-integer weights/biases. Not int64/bool/string (indices, masks).
 */
function isFloatable(dtype) {
    if (isFloat(dtype))
        return true;
    return isInteger(dtype) && dtype_DTYPE_BITS[dtype] <= 32;
}
/** Bytes of the constant in the float model (every item float32); its own bytes when not float-able. */
function floatWeightBytes(t) {
    return isFloatable(t.dtype) ? alignUp(itemCount(t) * 4, 4) : weightBytes(t);
}
/**
 * Per-channel quantization parameters stored beside a constant: float32 scales, zero points at
 * the quantized storage width, each array aligned to 4. Per-tensor parameters (one scale) are
 * folded into the kernel's constants and not counted.
 */
function quantParamBytes(t) {
    const q = t.quant;
    if (!q || q.scale.length <= 1)
        return 0;
    const zpType = q.dtype ?? (isInteger(t.dtype) ? t.dtype : 'int8');
    const zp = q.zeroPoint.length > 0 ? alignUp(storageBytes(zpType, q.zeroPoint.length), 4) : 0;
    return alignUp(q.scale.length * 4, 4) + zp;
}

;// CONCATENATED MODULE: ./src/metrics/optypes.ts
/**
 * Operation types, like stedgeai's "Number of operation types": each layer's MACC goes in one
 * bucket named after what it computes and the data types it computes with.
 *   smul_<in>_<weights>  multiply-accumulate (Conv, Gemm, MatMul, RNN cells)
 *   conv_<in>_<out>      conversion (QuantizeLinear, DequantizeLinear, Requantize, Cast)
 *   op_<in>_<out>        anything else (nonlinearity, elementwise, pooling, normalization)
 */

function dtypeAt(graph, names, i) {
    const name = names[i];
    return name ? graph.tensors.get(name)?.dtype : undefined;
}
function optypes_short(d) {
    return d === undefined ? 'unknown' : shortDType(d);
}
function operationType(graph, node, role) {
    const input = dtypeAt(graph, node.inputs, 0);
    const output = dtypeAt(graph, node.outputs, 0);
    if (role === 'quantization' || node.op === 'Cast')
        return `conv_${optypes_short(input)}_${optypes_short(output)}`;
    if (role === 'compute') {
        const second = dtypeAt(graph, node.inputs, 1) ?? input;
        return `smul_${optypes_short(input)}_${optypes_short(second)}`;
    }
    return `op_${optypes_short(input ?? output)}_${optypes_short(output ?? input)}`;
}
/** Buckets by type in order of first appearance; layers with 0 MACC are left out. */
function operationTypes(layers) {
    const byType = new Map();
    let total = 0;
    for (const l of layers) {
        if (l.macc <= 0)
            continue;
        byType.set(l.operationType, (byType.get(l.operationType) ?? 0) + l.macc);
        total += l.macc;
    }
    return [...byType].map(([type, macc]) => ({ type, macc, share: total > 0 ? macc / total : 0 }));
}

;// CONCATENATED MODULE: ./src/metrics/layers.ts




const ZERO = { macc: 0, pure: 0 };
function layers_isConstant(t) {
    return t !== undefined && t.data !== undefined && t.variable !== true;
}
function nodeCost(graph, node, opts, diagnostics) {
    const rule = opts.rules(node.op);
    if (!rule)
        return ZERO;
    try {
        return rule.cost(createRuleContext(graph, node, opts.opset));
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        diagnostics.push(diag('W_SHAPE', `MACC of ${node.op} counted as 0: ${msg}`, node.name));
        return ZERO;
    }
}
/** Computes one LayerMetrics per node. `seen` holds constants already counted (shared ones count once). */
function computeLayers(graph, opts, diagnostics) {
    const producer = new Map();
    for (const n of graph.nodes)
        for (const o of n.outputs)
            if (o)
                producer.set(o, n.name);
    const seen = new Set();
    return graph.nodes.map((node) => {
        const rule = opts.rules(node.op);
        const role = rule?.role ?? 'unknown';
        const shapeInputs = new Set(rule?.shapeInputs ?? []);
        const m = { params: 0, paramsBytes: 0, weightsBytes: 0, floatWeightsBytes: 0, quantParamsBytes: 0 };
        const constants = [];
        const connectedTo = [];
        node.inputs.forEach((name, i) => {
            if (!name)
                return;
            const t = graph.tensors.get(name);
            if (t?.variable === true)
                return; // state: persistent memory, neither a weight nor a layer
            if (!layers_isConstant(t)) {
                // a producer layer, else a graph input (or a dangling tensor) by its own name
                const from = producer.get(name) ?? name;
                if (!connectedTo.includes(from))
                    connectedTo.push(from);
                return;
            }
            if (shapeInputs.has(i) || seen.has(name))
                return;
            seen.add(name);
            if (role === 'quantization' && i >= 1) {
                // scale / zero point of a standalone Q/DQ: quantization parameters, not weights
                m.quantParamsBytes += weightBytes(t);
                return;
            }
            constants.push(name);
            m.params += itemCount(t);
            m.paramsBytes += weights_rawBytes(t);
            m.weightsBytes += weightBytes(t);
            m.floatWeightsBytes += floatWeightBytes(t);
            m.quantParamsBytes += quantParamBytes(t);
        });
        const cost = nodeCost(graph, node, opts, diagnostics);
        const out = node.outputs[0] ? graph.tensors.get(node.outputs[0]) : undefined;
        return {
            name: node.name,
            op: node.op,
            sourceOp: node.sourceOp,
            outputShape: out?.shape,
            dtype: out?.dtype ?? 'unknown',
            ...m,
            macc: cost.macc,
            maccPure: cost.pure,
            fused: node.fused ? [...node.fused] : [],
            connectedTo,
            activation: node.activation,
            operationType: operationType(graph, node, role),
            constants,
        };
    });
}

;// CONCATENATED MODULE: ./src/metrics/metrics.ts



const defaultRules = (kind) => getRule(kind);
function computeMetrics(graph, opts = {}) {
    const diagnostics = [];
    const layers = computeLayers(graph, { rules: opts.rules ?? defaultRules, opset: opts.opset }, diagnostics);
    const totals = {
        params: 0, paramsBytes: 0, macc: 0, maccPure: 0, weightsBytes: 0, floatWeightsBytes: 0, quantParamsBytes: 0,
    };
    for (const l of layers) {
        totals.params += l.params;
        totals.paramsBytes += l.paramsBytes;
        totals.macc += l.macc;
        totals.maccPure += l.maccPure;
        totals.weightsBytes += l.weightsBytes;
        totals.floatWeightsBytes += l.floatWeightsBytes;
        totals.quantParamsBytes += l.quantParamsBytes;
    }
    return { layers, totals, operationTypes: operationTypes(layers), diagnostics };
}
/** The "vs float model" comparison: delta bytes and percent of the float model's weights. */
function floatComparison(weightsBytes, floatWeightsBytes) {
    const delta = weightsBytes - floatWeightsBytes;
    return { delta, percent: floatWeightsBytes > 0 ? (delta / floatWeightsBytes) * 100 : 0 };
}

;// CONCATENATED MODULE: ./src/metrics/index.ts



;// CONCATENATED MODULE: ./src/memory/place.ts
function lifetimesOverlap(a, b) {
    return a.firstStep <= b.lastStep && b.firstStep <= a.lastStep;
}
/**
 * For each buffer, the indexes of the others alive at some common step. A sweep by first step:
 * two lifetimes overlap iff one starts while the other is alive, so the cost is the sum of the
 * live-set sizes, not n^2.
 */
function overlapLists(items) {
    const lists = items.map(() => []);
    const order = items.map((_, i) => i).sort((a, b) => (items[a]?.firstStep ?? 0) - (items[b]?.firstStep ?? 0));
    let active = [];
    for (const i of order) {
        const x = items[i];
        if (!x)
            continue;
        active = active.filter((j) => (items[j]?.lastStep ?? -1) >= x.firstStep);
        for (const j of active) {
            lists[i]?.push(j);
            lists[j]?.push(i);
        }
        active.push(i);
    }
    return lists;
}
function planned(r, offset) {
    return { tensor: r.tensor, kind: r.kind, size: r.size, firstStep: r.firstStep, lastStep: r.lastStep, offset };
}
/**
 * First fit: walk the placed, simultaneously alive buffers in offset order (ties: placement
 * order, as TFLM's offset-sorted list keeps them) and take the first gap after the furthest end
 * seen so far that holds `size` bytes (GreedyMemoryPlanner::CalculateOffsetsIfNeeded's loop).
 */
function firstFit(size, live) {
    live.sort((a, b) => a.offset - b.offset || a.seq - b.seq);
    let candidate = 0;
    for (const e of live) {
        if (e.offset - candidate >= size)
            break;
        candidate = Math.max(candidate, e.offset + e.size);
    }
    return candidate;
}
function placeInOrder(requests, order) {
    const overlaps = overlapLists(requests);
    const result = new Array(requests.length).fill(undefined);
    const seqOf = new Array(requests.length).fill(-1);
    order.forEach((id, seq) => {
        const r = requests[id];
        if (!r)
            return;
        const live = [];
        for (const j of overlaps[id] ?? []) {
            const p = result[j];
            if (p)
                live.push({ offset: p.offset, size: p.size, seq: seqOf[j] ?? 0 });
        }
        result[id] = planned(r, firstFit(r.size, live));
        seqOf[id] = seq;
    });
    return result.filter((b) => b !== undefined);
}
/** ST-like: size descending, ties by first step, then request order. */
function placeSt(requests) {
    const order = requests
        .map((r, i) => ({ r, i }))
        .sort((a, b) => b.r.size - a.r.size || a.r.firstStep - b.r.firstStep || a.i - b.i)
        .map((x) => x.i);
    return placeInOrder(requests, order);
}
/**
 * TFLM: buffers are listed in reverse of the order they were added, then stably sorted by size
 * descending (ReverseSortInPlace), so equal sizes go latest-added first; the first lands at 0.
 */
function placeTflm(requests) {
    const order = requests.map((_, i) => i).reverse();
    order.sort((a, b) => (requests[b]?.size ?? 0) - (requests[a]?.size ?? 0));
    return placeInOrder(requests, order);
}

;// CONCATENATED MODULE: ./src/memory/check.ts
/**
 * The plan checker (METRICS.md: "Any plan must be checked"): no two buffers whose lifetimes
 * overlap may share bytes, and every buffer lies inside the arena.
 */


function bytesOverlap(a, b) {
    return a.size > 0 && b.size > 0 && a.offset < b.offset + b.size && b.offset < a.offset + a.size;
}
/**
 * Returns the first problem found, or undefined when the plan is sound. Sweeps by first step:
 * each buffer is compared with the buffers alive when it starts (every pair of overlapping
 * lifetimes meets that way), so checking costs the sum of live-set sizes.
 */
function checkPlan(plan) {
    for (const a of plan.buffers) {
        if (a.offset < 0 || a.size < 0 || a.offset + a.size > plan.arenaBytes)
            return { kind: 'outside', a };
    }
    const byStart = [...plan.buffers].sort((x, y) => x.firstStep - y.firstStep);
    let active = [];
    for (const b of byStart) {
        active = active.filter((a) => a.lastStep >= b.firstStep);
        for (const a of active) {
            if (bytesOverlap(a, b) && lifetimesOverlap(a, b))
                return { kind: 'overlap', a, b };
        }
        active.push(b);
    }
    return undefined;
}
function describeProblem(p) {
    const show = (b) => `'${b.tensor}' [${b.offset}, ${b.offset + b.size}) steps ${b.firstStep}..${b.lastStep}`;
    return p.kind === 'overlap'
        ? `buffers share bytes while both alive: ${show(p.a)} and ${show(p.b)}`
        : `buffer outside the arena: ${show(p.a)}`;
}
/** Throws an internal error naming the conflicting buffers when the plan is unsound. */
function assertPlan(plan) {
    const p = checkPlan(plan);
    if (p)
        throw new FootprintError('E_INTERNAL', `memory plan is invalid: ${describeProblem(p)}`);
}

;// CONCATENATED MODULE: ./src/memory/lifetimes.ts



const PROFILE_ALIGNMENT = { st: 4, tflm: 16 };
/** Unrounded bytes of a tensor, undefined when its shape is not static. */
function tensorBytes(t) {
    const n = elementCount(t.shape);
    return n === undefined ? undefined : storageBytes(t.dtype, n);
}
/**
 * Lifetimes in node indexes: produced at i -> alive from i; last read at j -> alive to j;
 * graph inputs from 0; graph outputs to the last node.
 */
function stSpans(graph) {
    const spans = new Map();
    const end = Math.max(graph.nodes.length - 1, 0);
    for (const name of graph.inputs)
        spans.set(name, { first: 0, last: 0 });
    graph.nodes.forEach((node, i) => {
        for (const o of node.outputs)
            if (o)
                spans.set(o, { first: i, last: i });
        for (const name of node.inputs) {
            const s = name ? spans.get(name) : undefined;
            if (s)
                s.last = Math.max(s.last, i);
        }
    });
    for (const name of graph.outputs) {
        const s = spans.get(name);
        if (s)
            s.last = end;
    }
    return spans;
}
/**
 * Lifetimes as TFLM's AllocationInfoBuilder marks them: scope 0 before the first op; op i runs in
 * scope i + 1; inputs and outputs are created at 0, an op's outputs at its scope; each read
 * extends last_used; graph outputs last until the final scope.
 */
function tflmSpans(graph) {
    const spans = new Map();
    for (const name of [...graph.inputs, ...graph.outputs])
        spans.set(name, { first: 0, last: 0 });
    graph.nodes.forEach((node, i) => {
        const scope = i + 1;
        for (const o of node.outputs)
            if (o)
                spans.set(o, { first: scope, last: scope });
        for (const name of [...node.inputs, ...node.outputs]) {
            const s = name ? spans.get(name) : undefined;
            if (s)
                s.last = Math.max(s.last, scope);
        }
    });
    for (const name of graph.outputs) {
        const s = spans.get(name);
        if (s)
            s.last = graph.nodes.length;
    }
    return spans;
}
/** Buffer requests in tensor order (graph.tensors), then scratch areas in node order. */
function collectRequests(graph, profile, ioInside, scratchSize) {
    const align = PROFILE_ALIGNMENT[profile];
    const spans = profile === 'tflm' ? tflmSpans(graph) : stSpans(graph);
    const inputs = new Set(graph.inputs);
    const outputs = new Set(graph.outputs);
    const out = { requests: [], persistent: [], inputsBytes: 0, outputsBytes: 0, unsized: [] };
    for (const [name, t] of graph.tensors) {
        const span = spans.get(name);
        if (t.variable === true) {
            const bytes = tensorBytes(t);
            if (bytes === undefined)
                out.unsized.push(name);
            else
                out.persistent.push({ tensor: name, size: alignUp(bytes, align) });
            continue;
        }
        if (t.data !== undefined || span === undefined)
            continue;
        const bytes = tensorBytes(t);
        if (bytes === undefined) {
            out.unsized.push(name);
            continue;
        }
        const kind = inputs.has(name) ? 'input' : outputs.has(name) ? 'output' : 'activation';
        if (!ioInside && kind !== 'activation') {
            if (kind === 'input')
                out.inputsBytes += bytes;
            else
                out.outputsBytes += bytes;
            continue;
        }
        if (bytes === 0)
            continue;
        out.requests.push({ tensor: name, kind, size: alignUp(bytes, align), firstStep: span.first, lastStep: span.last });
    }
    graph.nodes.forEach((node, i) => {
        const bytes = scratchSize(node, graph);
        if (bytes <= 0)
            return;
        const step = profile === 'tflm' ? i + 1 : i;
        out.requests.push({ tensor: `${node.name}#scratch`, kind: 'scratch', size: alignUp(bytes, align), firstStep: step, lastStep: step });
    });
    return out;
}

;// CONCATENATED MODULE: ./src/memory/scratch.ts
const noScratch = () => 0;

;// CONCATENATED MODULE: ./src/memory/plan.ts




function planMemory(graph, opts = {}) {
    const planner = opts.planner ?? 'st';
    const ioInside = opts.ioInsideActivations ?? true;
    const req = collectRequests(graph, planner, ioInside, opts.scratchSize ?? noScratch);
    const buffers = planner === 'tflm' ? placeTflm(req.requests) : placeSt(req.requests);
    const arenaBytes = buffers.reduce((m, b) => Math.max(m, b.offset + b.size), 0);
    const plan = {
        planner,
        arenaBytes,
        buffers,
        persistent: req.persistent,
        persistentBytes: req.persistent.reduce((s, p) => s + p.size, 0),
        inputsBytes: req.inputsBytes,
        outputsBytes: req.outputsBytes,
        ramTotalBytes: arenaBytes + req.inputsBytes + req.outputsBytes,
        ioInsideActivations: ioInside,
        unsized: req.unsized,
    };
    assertPlan(plan);
    return plan;
}
/** A lower bound for any plan: the largest total size of buffers alive at one step. */
function peakLiveBytes(plan) {
    const steps = new Set();
    for (const b of plan.buffers)
        steps.add(b.firstStep);
    let peak = 0;
    for (const s of steps) {
        let sum = 0;
        for (const b of plan.buffers)
            if (b.firstStep <= s && s <= b.lastStep)
                sum += b.size;
        peak = Math.max(peak, sum);
    }
    return peak;
}

;// CONCATENATED MODULE: ./src/memory/index.ts





;// CONCATENATED MODULE: ./src/report/model-fmt.ts
function storage(t) {
    return t.quant?.dtype ?? t.dtype;
}
function modelFmt(graph) {
    const weights = [];
    const activations = [];
    for (const t of graph.tensors.values()) {
        if (!t.quant || t.quant.scale.length === 0)
            continue;
        (t.data !== undefined ? weights : activations).push(t);
    }
    if (weights.length === 0 && activations.length === 0)
        return 'float';
    const signed = (ts) => ts.some((t) => storage(t).startsWith('int'));
    const perChannel = weights.some((t) => (t.quant?.scale.length ?? 0) > 1);
    const w = weights.length === 0 ? 'float' : signed(weights) ? 'ss' : 'ua';
    const a = activations.length === 0 ? 'float' : signed(activations) ? 'sa' : 'ua';
    return `${w}/${a} ${perChannel ? 'per channel' : 'per tensor'}`;
}

;// CONCATENATED MODULE: ./src/report/types.ts
const REPORT_SCHEMA_VERSION = '1.0';

;// CONCATENATED MODULE: ./src/report/build.ts





const TOOL_NAME = 'model-footprint';
function baseName(path) {
    const file = path.split(/[\\/]/).pop() ?? path;
    const dot = file.lastIndexOf('.');
    return dot > 0 ? file.slice(0, dot) : file;
}
function io(graph, names, location) {
    return names.map((name) => {
        const t = graph.tensors.get(name) ?? { name, dtype: 'unknown' };
        const q = t.quant;
        const scale = q?.scale[0];
        return {
            name,
            dtype: t.dtype,
            shape: t.shape ? [...t.shape] : null,
            bytes: tensorBytes(t) ?? null,
            quant: scale === undefined ? null : { scale, zeroPoint: q?.zeroPoint[0] ?? 0 },
            location,
        };
    });
}
function reportDiagnostics(all) {
    const seen = new Set();
    const out = [];
    for (const d of all) {
        const key = `${d.code}\u0000${d.node ?? ''}\u0000${d.message}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const r = { code: d.code, severity: d.severity, category: CODES[d.code].category, message: d.message };
        if (d.node !== undefined)
            r.node = d.node;
        out.push(r);
    }
    return out;
}
function buildReport(input) {
    const { model, graph, metrics, plan, options } = input;
    const location = plan.ioInsideActivations ? 'activations' : 'user';
    const extra = [];
    if (plan.unsized.length > 0) {
        extra.push(diag('W_SHAPE', `${plan.unsized.length} tensor(s) of unknown size left out of the memory plan: ${plan.unsized.slice(0, 5).join(', ')}${plan.unsized.length > 5 ? ', ...' : ''}`));
    }
    const reportOptions = { planner: plan.planner, ioInsideActivations: plan.ioInsideActivations };
    if (options.inputShapes)
        reportOptions.inputShapes = options.inputShapes;
    const modelInfo = {
        path: model.path,
        format: model.format,
        name: graph.name || baseName(model.path),
        fmt: modelFmt(graph),
        sha256: input.hashes?.sha256 ?? null,
        meta: { ...model.meta },
    };
    if (input.hashes?.md5 !== undefined)
        modelInfo.md5 = input.hashes.md5;
    const t = metrics.totals;
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: input.tool ?? { name: TOOL_NAME, version: 'unknown' },
        model: modelInfo,
        options: reportOptions,
        totals: {
            params: t.params,
            paramsBytes: t.paramsBytes,
            macc: t.macc,
            maccPure: t.maccPure,
            weightsBytes: t.weightsBytes,
            floatWeightsBytes: t.floatWeightsBytes,
            quantParamsBytes: t.quantParamsBytes,
            activationsBytes: plan.arenaBytes,
            inputsBytes: plan.inputsBytes,
            outputsBytes: plan.outputsBytes,
            ramTotalBytes: plan.ramTotalBytes,
            persistentBytes: plan.persistentBytes,
        },
        layers: metrics.layers.map((l) => ({
            name: l.name,
            op: l.op,
            sourceOp: l.sourceOp,
            outputShape: l.outputShape ? [...l.outputShape] : null,
            dtype: l.dtype,
            params: l.params,
            macc: l.macc,
            maccPure: l.maccPure,
            weightsBytes: l.weightsBytes,
            fused: [...l.fused],
            connectedTo: [...l.connectedTo],
            activation: l.activation ?? null,
            operationType: l.operationType,
        })),
        inputs: io(graph, graph.inputs, location),
        outputs: io(graph, graph.outputs, location),
        operationTypes: metrics.operationTypes.map((o) => ({ ...o })),
        memory: {
            planner: plan.planner,
            arenaBytes: plan.arenaBytes,
            ioInsideActivations: plan.ioInsideActivations,
            bufferCount: plan.buffers.length,
            buffers: plan.buffers.map((b) => ({ tensor: b.tensor, kind: b.kind, offset: b.offset, size: b.size, firstStep: b.firstStep, lastStep: b.lastStep })),
            persistent: plan.persistent.map((p) => ({ ...p })),
            unsized: [...plan.unsized],
        },
        diagnostics: reportDiagnostics([...model.diagnostics, ...(input.diagnostics ?? []), ...metrics.diagnostics, ...extra]),
    };
}

;// CONCATENATED MODULE: ./src/report/render/format.ts
/** Number and byte formatting the way stedgeai prints them. */
/** Control characters in user-controlled text (names, paths) shown as \xNN so lines stay lines. */
function printable(s) {
    // eslint-disable-next-line no-control-regex
    return s.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
/** 147472 -> '147,472'. */
function thousands(n) {
    const sign = n < 0 ? '-' : '';
    const [int = '0', frac] = Math.abs(n).toString().split('.');
    const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return sign + grouped + (frac !== undefined ? '.' + frac : '');
}
/** '640 B', '48.25 KiB', '1.50 MiB' (the part in parentheses of `49,412 B (48.25 KiB)`). */
function binarySize(n) {
    if (n < 1024)
        return `${n} B`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(2)} KiB`;
    return `${(n / (1024 * 1024)).toFixed(2)} MiB`;
}
/** '49,412 B (48.25 KiB)'. */
function bytesLong(n) {
    return `${thousands(n)} B (${binarySize(n)})`;
}
/** I/O sizes: '490 Bytes', '1.17 KBytes', '2.00 MBytes'. */
function bytesShort(n) {
    if (n < 1024)
        return `${n} Bytes`;
    if (n < 1024 * 1024)
        return `${(n / 1024).toFixed(2)} KBytes`;
    return `${(n / (1024 * 1024)).toFixed(2)} MBytes`;
}
/** '+64', '-138,120', '0'. */
function signed(n) {
    return (n > 0 ? '+' : '') + thousands(n);
}
/** '-73.7%' / '+11.1%' from a percentage. */
function signedPercent(p) {
    const s = p.toFixed(1);
    return (p > 0 ? '+' : '') + (s === '-0.0' ? '0.0' : s) + '%';
}
/** A 0..1 share as '98.6%'. */
function percent(share) {
    return `${(share * 100).toFixed(1)}%`;
}
/** A 16-character bar as in stedgeai's complexity report: 1 + floor(15 * value / max) bars. */
function bar(value, max, width = 16) {
    const n = max > 0 ? 1 + Math.floor(((width - 1) * value) / max) : 1;
    return '|'.repeat(Math.min(width, Math.max(1, n)));
}
/** stedgeai's oshape: [b:1,h:28,w:1,c:40] for 4-D NHWC, [b:1,c:40,h:28,w:1] for NCHW, [b:1,c:3] for 2-D. */
function oshape(shape, layout) {
    if (shape === null)
        return '?';
    const labels = shape.length === 4 ? (layout === 'NHWC' ? ['b', 'h', 'w', 'c'] : ['b', 'c', 'h', 'w']) : shape.length === 2 ? ['b', 'c'] : undefined;
    if (!labels)
        return `[${shape.join(',')}]`;
    return `[${shape.map((d, i) => `${labels[i] ?? '?'}:${d}`).join(',')}]`;
}

;// CONCATENATED MODULE: ./src/report/render/table.ts

function pad(s, width, align = 'left') {
    return align === 'right' ? s.padStart(width) : s.padEnd(width);
}
/** Each group is a list of rows; groups are separated by a dashed rule (like m_id groups). */
function textTable(columns, groups, footer) {
    const widths = columns.map((c, i) => {
        let w = c.header.length;
        for (const g of groups)
            for (const row of g)
                w = Math.max(w, (printable(row[i] ?? '')).length);
        return w;
    });
    const line = (cells) => columns.map((c, i) => pad(printable(cells[i] ?? ''), widths[i] ?? 0, c.align)).join('  ').trimEnd();
    const rule = widths.map((w) => '-'.repeat(w)).join('  ');
    const out = [rule, line(columns.map((c) => c.header)), rule];
    groups.forEach((g, gi) => {
        for (const row of g)
            out.push(line(row));
        if (gi < groups.length - 1)
            out.push(rule);
    });
    out.push(rule);
    if (footer)
        out.push(line(footer), rule);
    return out;
}

;// CONCATENATED MODULE: ./src/report/render/text.ts
/**
 * The text report, read like `stedgeai analyze`: summary, per-layer table, operation types,
 * complexity per layer, diagnostics grouped by category.
 */



const RULE = '-'.repeat(100);
function field(key, value) {
    return `${key.padEnd(19)}:   ${printable(value)}`;
}
function ioType(io) {
    const float = io.dtype.startsWith('float') || io.dtype === 'bfloat16';
    const name = float ? io.dtype.replace('float', 'f') : io.dtype;
    return `${name}(${io.shape === null ? '?' : io.shape.join('x')})`;
}
function ioLine(io) {
    const parts = [`'${io.name}'`, ioType(io), io.bytes === null ? '? Bytes' : bytesShort(io.bytes)];
    if (io.quant)
        parts.push(`QLinear(${io.quant.scale.toFixed(9)},${io.quant.zeroPoint},${io.dtype})`);
    parts.push(io.location);
    return parts.join(', ');
}
function summary(r) {
    const t = r.totals;
    const inside = r.options.ioInsideActivations;
    const out = [
        'Exec/report summary (analyze)',
        RULE,
        field('model file', r.model.path),
        field('type', r.model.format),
        field('options', inside ? 'allocate-inputs, allocate-outputs' : '(none)'),
        field('memory planner', r.memory.planner === 'tflm' ? 'tflm (TFLite Micro greedy, 16-byte aligned)' : 'st (4-byte aligned)'),
        field('model_fmt', r.model.fmt),
        field('model_name', r.model.name),
        field('model_hash', r.model.md5 ?? r.model.sha256 ? `0x${r.model.md5 ?? r.model.sha256}` : '(not computed: --no-hash)'),
        field('params #', `${thousands(t.params)} items (${binarySize(t.paramsBytes)})`),
        RULE,
    ];
    r.inputs.forEach((io, i) => out.push(field(`input ${i + 1}/${r.inputs.length}`, ioLine(io))));
    r.outputs.forEach((io, i) => out.push(field(`output ${i + 1}/${r.outputs.length}`, ioLine(io))));
    out.push(field('macc', thousands(t.macc)));
    const delta = t.weightsBytes - t.floatWeightsBytes;
    const vsFloat = delta !== 0 && t.floatWeightsBytes > 0
        ? ` / ${signed(delta)}(${signedPercent((delta / t.floatWeightsBytes) * 100)}) vs float model`
        : '';
    out.push(field('weights (ro)', `${bytesLong(t.weightsBytes)} (1 segment)${vsFloat}`));
    if (t.quantParamsBytes > 0)
        out.push(field('quant params (ro)', bytesLong(t.quantParamsBytes)));
    out.push(field('activations (rw)', `${bytesLong(t.activationsBytes)} (1 segment)${inside ? ' *' : ''}`));
    if (t.persistentBytes > 0 || r.memory.planner === 'tflm')
        out.push(field('persistent (rw)', `${bytesLong(t.persistentBytes)} (variable tensors)`));
    out.push(field('ram (total)', `${bytesLong(t.ramTotalBytes)} = ${thousands(t.activationsBytes)} + ${thousands(t.inputsBytes)} + ${thousands(t.outputsBytes)}`));
    out.push(RULE);
    if (inside)
        out.push("(*) 'input'/'output' buffers can be used from the activations buffer");
    return out;
}
function layerTable(r) {
    const layout = r.model.format === 'onnx' ? 'NCHW' : 'NHWC';
    const groups = r.layers.map((l, i) => {
        const size = l.params > 0 ? `${thousands(l.params)}/${thousands(l.weightsBytes)}` : '';
        const act = l.activation ? ` +${l.activation}` : '';
        const rows = [[String(i), `${l.name} (${l.op}${act}, ${l.sourceOp})`, oshape(l.outputShape, layout), size, l.macc > 0 ? thousands(l.macc) : '', l.connectedTo[0] ?? '']];
        for (const c of l.connectedTo.slice(1))
            rows.push(['', '', '', '', '', c]);
        for (const f of l.fused)
            rows.push(['', `  ${f} (fused)`, '', '', '', '']);
        return rows;
    });
    const t = r.totals;
    return [
        `Model name - ${r.model.name}`,
        ...textTable([{ header: 'm_id' }, { header: 'layer (type,original)' }, { header: 'oshape' }, { header: 'param/size', align: 'right' }, { header: 'macc', align: 'right' }, { header: 'connected to', align: 'right' }], groups),
        `model: macc=${thousands(t.macc)} weights=${thousands(t.weightsBytes)} activations=${thousands(t.activationsBytes)} io=${thousands(t.inputsBytes + t.outputsBytes)}`,
    ];
}
function text_operationTypes(r) {
    const rows = r.operationTypes.map((o) => [o.type, thousands(o.macc), percent(o.share)]);
    return [
        'Number of operation types',
        ...textTable([{ header: 'operation type' }, { header: '#', align: 'right' }, { header: '%', align: 'right' }], rows.length ? [rows] : []),
    ];
}
function complexity(r) {
    const t = r.totals;
    const shown = r.layers.map((l, i) => ({ l, i })).filter(({ l }) => l.macc > 0 || l.weightsBytes > 0);
    const maxMacc = Math.max(0, ...shown.map(({ l }) => l.macc));
    const maxRom = Math.max(0, ...shown.map(({ l }) => l.weightsBytes));
    const cell = (v, max, total) => bar(v, max).padEnd(16) + percent(total > 0 ? v / total : 0).padStart(7);
    const rows = shown.map(({ l, i }) => [String(i), l.name, cell(l.macc, maxMacc, t.macc), cell(l.weightsBytes, maxRom, t.weightsBytes)]);
    return [
        `Complexity report per layer - macc=${thousands(t.macc)} weights=${thousands(t.weightsBytes)} act=${thousands(t.activationsBytes)} ram_io=${thousands(t.inputsBytes + t.outputsBytes)}`,
        ...textTable([{ header: 'm_id' }, { header: 'name' }, { header: 'c_macc' }, { header: 'c_rom' }], rows.length ? [rows] : []),
    ];
}
function diagnostics(r) {
    if (r.diagnostics.length === 0)
        return [];
    const out = [`Diagnostics (${r.diagnostics.length})`, RULE];
    const categories = [...new Set(r.diagnostics.map((d) => d.category))];
    for (const cat of categories) {
        out.push(cat);
        for (const d of r.diagnostics.filter((x) => x.category === cat)) {
            out.push(printable(`  ${d.severity.padEnd(7)} ${d.code}: ${d.node !== undefined ? `node '${d.node}': ` : ''}${d.message}`));
            const hint = d.code in CODES ? CODES[d.code].hint : '';
            if (hint)
                out.push(`          ${hint}`);
        }
    }
    return out;
}
function renderText(r) {
    const sections = [summary(r), layerTable(r), text_operationTypes(r), complexity(r), diagnostics(r)].filter((s) => s.length > 0);
    return sections.map((s) => s.join('\n')).join('\n\n') + '\n';
}

;// CONCATENATED MODULE: ./src/report/render/json.ts
function renderJson(r) {
    return JSON.stringify(r, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./node_modules/markdown-table/index.js
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}

;// CONCATENATED MODULE: ./src/report/render/markdown.ts
/**
 * A compact Markdown report (PR comments, job summaries). Every cell that holds user-controlled
 * text goes through `mdEscape`, so a layer named `</details><img src=x>` renders as text.
 */


/** Escapes text for a GFM table cell: HTML, pipes, backticks, link/emphasis brackets, newlines. */
function mdEscape(s) {
    return s
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\\/g, '\\\\')
        .replace(/([|`*[\]])/g, '\\$1')
        .replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f]/g, '');
}
function table(rows, align) {
    return markdownTable(rows, { align, alignDelimiters: false });
}
function ioRow(io) {
    const quant = io.quant ? `scale ${io.quant.scale.toPrecision(6)}, zp ${io.quant.zeroPoint}` : '';
    return [mdEscape(io.name), mdEscape(io.dtype), mdEscape(io.shape === null ? '?' : io.shape.join('x')), io.bytes === null ? '?' : thousands(io.bytes), quant, io.location];
}
function renderMarkdown(r) {
    const t = r.totals;
    const delta = t.weightsBytes - t.floatWeightsBytes;
    const vsFloat = delta !== 0 && t.floatWeightsBytes > 0 ? ` (${signed(delta)}, ${signedPercent((delta / t.floatWeightsBytes) * 100)} vs float)` : '';
    const out = [];
    out.push(`### ${mdEscape(r.model.name)} (${mdEscape(r.model.format)}, ${mdEscape(r.model.fmt)})`, '');
    out.push(table([
        ['Metric', 'Value'],
        ['MACC', thousands(t.macc)],
        ['Params', `${thousands(t.params)} items`],
        ['Weights (ROM)', `${bytesLong(t.weightsBytes)}${vsFloat}`],
        ['Activations (RAM)', `${bytesLong(t.activationsBytes)} (${r.memory.planner} planner)`],
        ['RAM total', `${bytesLong(t.ramTotalBytes)} = ${thousands(t.activationsBytes)} + ${thousands(t.inputsBytes)} + ${thousands(t.outputsBytes)}`],
        ...(t.persistentBytes > 0 ? [['Persistent (RAM)', bytesLong(t.persistentBytes)]] : []),
    ], ['l', 'r']), '');
    const ioHeader = ['Name', 'Type', 'Shape', 'Bytes', 'Quantization', 'Location'];
    out.push('**Inputs / outputs**', '');
    out.push(table([['', ...ioHeader], ...r.inputs.map((io) => ['in', ...ioRow(io)]), ...r.outputs.map((io) => ['out', ...ioRow(io)])], ['l', 'l', 'l', 'l', 'r', 'l', 'l']), '');
    out.push('<details><summary>Layers</summary>', '');
    out.push(table([
        ['#', 'Layer', 'Op', 'Output', 'Params', 'Weights (B)', 'MACC', 'Connected to'],
        ...r.layers.map((l, i) => [
            String(i),
            mdEscape(l.name) + (l.fused.length ? ` (+${l.fused.map(mdEscape).join(', ')})` : ''),
            mdEscape(l.sourceOp) + (l.activation ? ` + ${mdEscape(l.activation)}` : ''),
            mdEscape(l.outputShape === null ? '?' : l.outputShape.join('x')),
            thousands(l.params), thousands(l.weightsBytes), thousands(l.macc),
            l.connectedTo.map(mdEscape).join(', '),
        ]),
    ], ['r', 'l', 'l', 'l', 'r', 'r', 'r', 'l']), '', '</details>', '');
    if (r.operationTypes.length > 0) {
        out.push(table([['Operation type', 'MACC', '%'], ...r.operationTypes.map((o) => [mdEscape(o.type), thousands(o.macc), percent(o.share)])], ['l', 'r', 'r']), '');
    }
    if (r.diagnostics.length > 0) {
        out.push(`**Diagnostics (${r.diagnostics.length})**`, '');
        out.push(table([['Category', 'Code', 'Node', 'Message'], ...r.diagnostics.map((d) => [d.category, d.code, mdEscape(d.node ?? ''), mdEscape(d.message)])], ['l', 'l', 'l', 'l']), '');
    }
    return out.join('\n');
}

;// CONCATENATED MODULE: ./src/report/index.ts






;// CONCATENATED MODULE: ./src/version.ts
/** The analyzer's version, shown in reports and `--version`; kept equal to package.json by a test. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/analyze.ts







/** Analyzes one model. Throws FootprintError (typed, naming the file) when it cannot be read. */
function analyzeModel(input, options = {}) {
    try {
        const model = readModel(input);
        const { graph, diagnostics } = runPipeline(model, options);
        const opset = typeof model.meta['opset'] === 'number' ? model.meta['opset'] : undefined;
        const metrics = computeMetrics(graph, { opset });
        const plan = planMemory(graph, { planner: options.planner ?? 'st', ioInsideActivations: options.ioInsideActivations ?? true });
        assertPlan(plan);
        return buildReport({
            model, graph, metrics, plan, options, diagnostics,
            hashes: options.hashes,
            tool: { name: TOOL_NAME, version: VERSION },
        });
    }
    catch (e) {
        throw asFootprintError(e, input.path);
    }
}
function renderReport(report, format) {
    switch (format) {
        case 'json': return renderJson(report);
        case 'md': return renderMarkdown(report);
        case 'text': return renderText(report);
    }
}

;// CONCATENATED MODULE: ./src/index.ts
/** The public API of the model-footprint core (no GitHub, terminal or file-system concerns). */








;// CONCATENATED MODULE: ./src/cli/run.ts






const KNOWN_TARGETS = ['stm32h7'];
function analyzeOne(path, args, proc) {
    const input = fileModelInput((0,external_node_path_namespaceObject.resolve)(proc.cwd, path));
    const hashes = args.hash ? hashSource(input.source) : undefined;
    return analyzeModel({ ...input, path }, {
        inputShapes: args.inputShapes,
        ioInsideActivations: args.ioInsideActivations,
        planner: args.planner,
        target: args.target,
        hashes,
    });
}
function writeOutputs(dir, modelPath, report) {
    (0,external_node_fs_namespaceObject.mkdirSync)(dir, { recursive: true });
    const stem = (0,external_node_path_namespaceObject.basename)(modelPath);
    (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, `${stem}.report.json`), renderReport(report, 'json'));
    (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, `${stem}.report.txt`), renderReport(report, 'text'));
    (0,external_node_fs_namespaceObject.writeFileSync)((0,external_node_path_namespaceObject.join)(dir, `${stem}.report.md`), renderReport(report, 'md'));
}
/** Runs the CLI; returns the exit code (0 ok, 1 a model failed, 2 usage error). Never throws. */
function run(proc) {
    let args;
    try {
        args = parseArgs(proc.argv);
    }
    catch (e) {
        proc.stderr.write(asFootprintError(e).oneLine() + '\n');
        return 2;
    }
    if (args.command === 'help') {
        proc.stdout.write(HELP);
        return 0;
    }
    if (args.command === 'version') {
        proc.stdout.write(`model-footprint ${VERSION}\n`);
        return 0;
    }
    if (!KNOWN_TARGETS.includes(args.target)) {
        proc.stderr.write(new FootprintError('E_USAGE', `unknown target '${args.target}' (built-in targets: ${KNOWN_TARGETS.join(', ')})`).oneLine() + '\n');
        return 2;
    }
    let failed = 0;
    const reports = [];
    for (const path of args.models) {
        try {
            const report = analyzeOne(path, args, proc);
            reports.push(report);
            if (args.outDir !== undefined)
                writeOutputs((0,external_node_path_namespaceObject.resolve)(proc.cwd, args.outDir), path, report);
            if (args.format !== 'json')
                proc.stdout.write(renderReport(report, args.format) + '\n');
        }
        catch (e) {
            failed++;
            const err = asFootprintError(e, path);
            proc.stderr.write(err.oneLine() + '\n');
            if (err.hint)
                proc.stderr.write(`  hint: ${err.hint}\n`);
        }
    }
    if (args.format === 'json') {
        const body = reports.length === 1 && args.models.length === 1 ? reports[0] : reports;
        proc.stdout.write(JSON.stringify(body, null, 2) + '\n');
    }
    return failed > 0 ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/cli/main.ts

process.exitCode = run({ argv: process.argv.slice(2), cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr });

