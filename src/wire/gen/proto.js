/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const canopy = $root.canopy = (() => {

    /**
     * Namespace canopy.
     * @exports canopy
     * @namespace
     */
    const canopy = {};

    canopy.cluster = (function() {

        /**
         * Namespace cluster.
         * @memberof canopy
         * @namespace
         */
        const cluster = {};

        cluster.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} canopy.cluster.Hello.$Properties
             * @property {string|null} [cluster] Hello cluster
             * @property {string|null} [from] Hello from
             * @property {string|null} [to] Hello to
             * @property {number|null} [protocolVersion] Hello protocolVersion
             * @property {number|null} [minProtocolVersion] Hello minProtocolVersion
             * @property {number|Long|null} [incarnation] Hello incarnation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof canopy.cluster
             * @interface IHello
             * @augments canopy.cluster.Hello.$Properties
             * @deprecated Use canopy.cluster.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {canopy.cluster.Hello.$Properties} canopy.cluster.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof canopy.cluster
             * @classdesc Represents a Hello.
             * @constructor
             * @param {canopy.cluster.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello cluster.
             * @member {string} cluster
             * @memberof canopy.cluster.Hello
             * @instance
             */
            Hello.prototype.cluster = "";

            /**
             * Hello from.
             * @member {string} from
             * @memberof canopy.cluster.Hello
             * @instance
             */
            Hello.prototype.from = "";

            /**
             * Hello to.
             * @member {string} to
             * @memberof canopy.cluster.Hello
             * @instance
             */
            Hello.prototype.to = "";

            /**
             * Hello protocolVersion.
             * @member {number} protocolVersion
             * @memberof canopy.cluster.Hello
             * @instance
             */
            Hello.prototype.protocolVersion = 0;

            /**
             * Hello minProtocolVersion.
             * @member {number} minProtocolVersion
             * @memberof canopy.cluster.Hello
             * @instance
             */
            Hello.prototype.minProtocolVersion = 0;

            /**
             * Hello incarnation.
             * @member {number|Long} incarnation
             * @memberof canopy.cluster.Hello
             * @instance
             */
            Hello.prototype.incarnation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof canopy.cluster.Hello
             * @static
             * @param {canopy.cluster.Hello.$Properties=} [properties] Properties to set
             * @returns {canopy.cluster.Hello} Hello instance
             * @type {{
             *   (properties: canopy.cluster.Hello.$Shape): canopy.cluster.Hello & canopy.cluster.Hello.$Shape;
             *   (properties?: canopy.cluster.Hello.$Properties): canopy.cluster.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link canopy.cluster.Hello.verify|verify} messages.
             * @function encode
             * @memberof canopy.cluster.Hello
             * @static
             * @param {canopy.cluster.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster") && message.cluster !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cluster);
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.to);
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.protocolVersion);
                if (message.minProtocolVersion != null && $Object.hasOwnProperty.call(message, "minProtocolVersion") && message.minProtocolVersion !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.minProtocolVersion);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && (typeof message.incarnation === "object" ? message.incarnation.low || message.incarnation.high : message.incarnation !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.incarnation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link canopy.cluster.Hello.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.cluster.Hello
             * @static
             * @param {canopy.cluster.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.cluster.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.cluster.Hello & canopy.cluster.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.cluster.Hello();
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
                            if ((value = reader.stringVerify()).length)
                                message.cluster = value;
                            else
                                delete message.cluster;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minProtocolVersion = value;
                            else
                                delete message.minProtocolVersion;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.incarnation = value;
                            else
                                delete message.incarnation;
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
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.cluster.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.cluster.Hello & canopy.cluster.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Hello message.
             * @function verify
             * @memberof canopy.cluster.Hello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hello.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster"))
                    if (!$util.isString(message.cluster))
                        return "cluster: string expected";
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    if (!$util.isString(message.from))
                        return "from: string expected";
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    if (!$util.isString(message.to))
                        return "to: string expected";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.minProtocolVersion != null && $Object.hasOwnProperty.call(message, "minProtocolVersion"))
                    if (!$util.isInteger(message.minProtocolVersion))
                        return "minProtocolVersion: integer expected";
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (!$util.isInteger(message.incarnation) && !(message.incarnation && $util.isInteger(message.incarnation.low) && $util.isInteger(message.incarnation.high)))
                        return "incarnation: integer|Long expected";
                return null;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.cluster.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.cluster.Hello} Hello
             */
            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.cluster.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.cluster.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.cluster.Hello();
                if (object.cluster != null)
                    if (typeof object.cluster !== "string" || object.cluster.length)
                        message.cluster = $String(object.cluster);
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.to != null)
                    if (typeof object.to !== "string" || object.to.length)
                        message.to = $String(object.to);
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.minProtocolVersion != null)
                    if ($Number(object.minProtocolVersion) !== 0)
                        message.minProtocolVersion = object.minProtocolVersion >>> 0;
                if (object.incarnation != null)
                    if (typeof object.incarnation === "object" ? object.incarnation.low || object.incarnation.high : $Number(object.incarnation) !== 0)
                        if ($util.Long)
                            message.incarnation = $util.Long.fromValue(object.incarnation, true);
                        else if (typeof object.incarnation === "string")
                            message.incarnation = $parseInt(object.incarnation, 10);
                        else if (typeof object.incarnation === "number")
                            message.incarnation = object.incarnation;
                        else if (typeof object.incarnation === "object")
                            message.incarnation = new $util.LongBits(object.incarnation.low >>> 0, object.incarnation.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.cluster.Hello
             * @static
             * @param {canopy.cluster.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cluster = "";
                    object.from = "";
                    object.to = "";
                    object.protocolVersion = 0;
                    object.minProtocolVersion = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.incarnation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.incarnation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster"))
                    object.cluster = message.cluster;
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    object.to = message.to;
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.minProtocolVersion != null && $Object.hasOwnProperty.call(message, "minProtocolVersion"))
                    object.minProtocolVersion = message.minProtocolVersion;
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.incarnation = typeof message.incarnation === "number" ? $BigInt(message.incarnation) : $util.Long.fromBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0, true).toBigInt();
                    else if (typeof message.incarnation === "number")
                        object.incarnation = options.longs === $String ? $String(message.incarnation) : message.incarnation;
                    else
                        object.incarnation = options.longs === $String ? $util.Long.prototype.toString.call(message.incarnation) : options.longs === $Number ? new $util.LongBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0).toNumber(true) : message.incarnation;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof canopy.cluster.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof canopy.cluster.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.cluster.Hello";
            };

            return Hello;
        })();

        cluster.Welcome = (function() {

            /**
             * Properties of a Welcome.
             * @typedef {Object} canopy.cluster.Welcome.$Properties
             * @property {string|null} [cluster] Welcome cluster
             * @property {string|null} [member] Welcome member
             * @property {number|null} [protocolVersion] Welcome protocolVersion
             * @property {number|null} [minProtocolVersion] Welcome minProtocolVersion
             * @property {number|Long|null} [incarnation] Welcome incarnation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Welcome.
             * @memberof canopy.cluster
             * @interface IWelcome
             * @augments canopy.cluster.Welcome.$Properties
             * @deprecated Use canopy.cluster.Welcome.$Properties instead.
             */

            /**
             * Shape of a Welcome.
             * @typedef {canopy.cluster.Welcome.$Properties} canopy.cluster.Welcome.$Shape
             */

            /**
             * Constructs a new Welcome.
             * @memberof canopy.cluster
             * @classdesc Represents a Welcome.
             * @constructor
             * @param {canopy.cluster.Welcome.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Welcome = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Welcome cluster.
             * @member {string} cluster
             * @memberof canopy.cluster.Welcome
             * @instance
             */
            Welcome.prototype.cluster = "";

            /**
             * Welcome member.
             * @member {string} member
             * @memberof canopy.cluster.Welcome
             * @instance
             */
            Welcome.prototype.member = "";

            /**
             * Welcome protocolVersion.
             * @member {number} protocolVersion
             * @memberof canopy.cluster.Welcome
             * @instance
             */
            Welcome.prototype.protocolVersion = 0;

            /**
             * Welcome minProtocolVersion.
             * @member {number} minProtocolVersion
             * @memberof canopy.cluster.Welcome
             * @instance
             */
            Welcome.prototype.minProtocolVersion = 0;

            /**
             * Welcome incarnation.
             * @member {number|Long} incarnation
             * @memberof canopy.cluster.Welcome
             * @instance
             */
            Welcome.prototype.incarnation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Welcome instance using the specified properties.
             * @function create
             * @memberof canopy.cluster.Welcome
             * @static
             * @param {canopy.cluster.Welcome.$Properties=} [properties] Properties to set
             * @returns {canopy.cluster.Welcome} Welcome instance
             * @type {{
             *   (properties: canopy.cluster.Welcome.$Shape): canopy.cluster.Welcome & canopy.cluster.Welcome.$Shape;
             *   (properties?: canopy.cluster.Welcome.$Properties): canopy.cluster.Welcome;
             * }}
             */
            Welcome.create = function(properties) {
                return new Welcome(properties);
            };

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link canopy.cluster.Welcome.verify|verify} messages.
             * @function encode
             * @memberof canopy.cluster.Welcome
             * @static
             * @param {canopy.cluster.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster") && message.cluster !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.cluster);
                if (message.member != null && $Object.hasOwnProperty.call(message, "member") && message.member !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.member);
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion") && message.protocolVersion !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.protocolVersion);
                if (message.minProtocolVersion != null && $Object.hasOwnProperty.call(message, "minProtocolVersion") && message.minProtocolVersion !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.minProtocolVersion);
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && (typeof message.incarnation === "object" ? message.incarnation.low || message.incarnation.high : message.incarnation !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.incarnation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Welcome message, length delimited. Does not implicitly {@link canopy.cluster.Welcome.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.cluster.Welcome
             * @static
             * @param {canopy.cluster.Welcome.$Properties} message Welcome message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Welcome.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.cluster.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.cluster.Welcome & canopy.cluster.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.cluster.Welcome();
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
                            if ((value = reader.stringVerify()).length)
                                message.cluster = value;
                            else
                                delete message.cluster;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.member = value;
                            else
                                delete message.member;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.protocolVersion = value;
                            else
                                delete message.protocolVersion;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.minProtocolVersion = value;
                            else
                                delete message.minProtocolVersion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.incarnation = value;
                            else
                                delete message.incarnation;
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
             * Decodes a Welcome message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.cluster.Welcome
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.cluster.Welcome & canopy.cluster.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Welcome.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Welcome message.
             * @function verify
             * @memberof canopy.cluster.Welcome
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Welcome.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster"))
                    if (!$util.isString(message.cluster))
                        return "cluster: string expected";
                if (message.member != null && $Object.hasOwnProperty.call(message, "member"))
                    if (!$util.isString(message.member))
                        return "member: string expected";
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    if (!$util.isInteger(message.protocolVersion))
                        return "protocolVersion: integer expected";
                if (message.minProtocolVersion != null && $Object.hasOwnProperty.call(message, "minProtocolVersion"))
                    if (!$util.isInteger(message.minProtocolVersion))
                        return "minProtocolVersion: integer expected";
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (!$util.isInteger(message.incarnation) && !(message.incarnation && $util.isInteger(message.incarnation.low) && $util.isInteger(message.incarnation.high)))
                        return "incarnation: integer|Long expected";
                return null;
            };

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.cluster.Welcome
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.cluster.Welcome} Welcome
             */
            Welcome.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.cluster.Welcome)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.cluster.Welcome: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.cluster.Welcome();
                if (object.cluster != null)
                    if (typeof object.cluster !== "string" || object.cluster.length)
                        message.cluster = $String(object.cluster);
                if (object.member != null)
                    if (typeof object.member !== "string" || object.member.length)
                        message.member = $String(object.member);
                if (object.protocolVersion != null)
                    if ($Number(object.protocolVersion) !== 0)
                        message.protocolVersion = object.protocolVersion >>> 0;
                if (object.minProtocolVersion != null)
                    if ($Number(object.minProtocolVersion) !== 0)
                        message.minProtocolVersion = object.minProtocolVersion >>> 0;
                if (object.incarnation != null)
                    if (typeof object.incarnation === "object" ? object.incarnation.low || object.incarnation.high : $Number(object.incarnation) !== 0)
                        if ($util.Long)
                            message.incarnation = $util.Long.fromValue(object.incarnation, true);
                        else if (typeof object.incarnation === "string")
                            message.incarnation = $parseInt(object.incarnation, 10);
                        else if (typeof object.incarnation === "number")
                            message.incarnation = object.incarnation;
                        else if (typeof object.incarnation === "object")
                            message.incarnation = new $util.LongBits(object.incarnation.low >>> 0, object.incarnation.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.cluster.Welcome
             * @static
             * @param {canopy.cluster.Welcome} message Welcome
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Welcome.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cluster = "";
                    object.member = "";
                    object.protocolVersion = 0;
                    object.minProtocolVersion = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.incarnation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.incarnation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.cluster != null && $Object.hasOwnProperty.call(message, "cluster"))
                    object.cluster = message.cluster;
                if (message.member != null && $Object.hasOwnProperty.call(message, "member"))
                    object.member = message.member;
                if (message.protocolVersion != null && $Object.hasOwnProperty.call(message, "protocolVersion"))
                    object.protocolVersion = message.protocolVersion;
                if (message.minProtocolVersion != null && $Object.hasOwnProperty.call(message, "minProtocolVersion"))
                    object.minProtocolVersion = message.minProtocolVersion;
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.incarnation = typeof message.incarnation === "number" ? $BigInt(message.incarnation) : $util.Long.fromBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0, true).toBigInt();
                    else if (typeof message.incarnation === "number")
                        object.incarnation = options.longs === $String ? $String(message.incarnation) : message.incarnation;
                    else
                        object.incarnation = options.longs === $String ? $util.Long.prototype.toString.call(message.incarnation) : options.longs === $Number ? new $util.LongBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0).toNumber(true) : message.incarnation;
                return object;
            };

            /**
             * Converts this Welcome to JSON.
             * @function toJSON
             * @memberof canopy.cluster.Welcome
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Welcome.prototype.toJSON = function() {
                return Welcome.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Welcome
             * @function getTypeUrl
             * @memberof canopy.cluster.Welcome
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Welcome.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.cluster.Welcome";
            };

            return Welcome;
        })();

        cluster.Refuse = (function() {

            /**
             * Properties of a Refuse.
             * @typedef {Object} canopy.cluster.Refuse.$Properties
             * @property {canopy.cluster.Refuse.Reason|null} [reason] Refuse reason
             * @property {string|null} [detail] Refuse detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Refuse.
             * @memberof canopy.cluster
             * @interface IRefuse
             * @augments canopy.cluster.Refuse.$Properties
             * @deprecated Use canopy.cluster.Refuse.$Properties instead.
             */

            /**
             * Shape of a Refuse.
             * @typedef {canopy.cluster.Refuse.$Properties} canopy.cluster.Refuse.$Shape
             */

            /**
             * Constructs a new Refuse.
             * @memberof canopy.cluster
             * @classdesc Represents a Refuse.
             * @constructor
             * @param {canopy.cluster.Refuse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Refuse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Refuse reason.
             * @member {canopy.cluster.Refuse.Reason} reason
             * @memberof canopy.cluster.Refuse
             * @instance
             */
            Refuse.prototype.reason = 0;

            /**
             * Refuse detail.
             * @member {string} detail
             * @memberof canopy.cluster.Refuse
             * @instance
             */
            Refuse.prototype.detail = "";

            /**
             * Creates a new Refuse instance using the specified properties.
             * @function create
             * @memberof canopy.cluster.Refuse
             * @static
             * @param {canopy.cluster.Refuse.$Properties=} [properties] Properties to set
             * @returns {canopy.cluster.Refuse} Refuse instance
             * @type {{
             *   (properties: canopy.cluster.Refuse.$Shape): canopy.cluster.Refuse & canopy.cluster.Refuse.$Shape;
             *   (properties?: canopy.cluster.Refuse.$Properties): canopy.cluster.Refuse;
             * }}
             */
            Refuse.create = function(properties) {
                return new Refuse(properties);
            };

            /**
             * Encodes the specified Refuse message. Does not implicitly {@link canopy.cluster.Refuse.verify|verify} messages.
             * @function encode
             * @memberof canopy.cluster.Refuse
             * @static
             * @param {canopy.cluster.Refuse.$Properties} message Refuse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Refuse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.reason);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Refuse message, length delimited. Does not implicitly {@link canopy.cluster.Refuse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.cluster.Refuse
             * @static
             * @param {canopy.cluster.Refuse.$Properties} message Refuse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Refuse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Refuse message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.cluster.Refuse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.cluster.Refuse & canopy.cluster.Refuse.$Shape} Refuse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Refuse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.cluster.Refuse();
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
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
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
             * Decodes a Refuse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.cluster.Refuse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.cluster.Refuse & canopy.cluster.Refuse.$Shape} Refuse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Refuse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Refuse message.
             * @function verify
             * @memberof canopy.cluster.Refuse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Refuse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (typeof message.reason !== "number" || (message.reason | 0) !== message.reason)
                        return "reason: enum value expected";
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                return null;
            };

            /**
             * Creates a Refuse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.cluster.Refuse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.cluster.Refuse} Refuse
             */
            Refuse.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.cluster.Refuse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.cluster.Refuse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.cluster.Refuse();
                if (object.reason !== 0 && (typeof object.reason !== "string" || $root.canopy.cluster.Refuse.Reason[object.reason] !== 0))
                    switch (object.reason) {
                    case "REASON_UNSPECIFIED":
                    case 0:
                        message.reason = 0;
                        break;
                    case "CLUSTER_MISMATCH":
                    case 1:
                        message.reason = 1;
                        break;
                    case "UNKNOWN_MEMBER":
                    case 2:
                        message.reason = 2;
                        break;
                    case "WRONG_MEMBER":
                    case 3:
                        message.reason = 3;
                        break;
                    case "VERSION_INCOMPATIBLE":
                    case 4:
                        message.reason = 4;
                        break;
                    default:
                        if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                            message.reason = object.reason;
                    }
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                return message;
            };

            /**
             * Creates a plain object from a Refuse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.cluster.Refuse
             * @static
             * @param {canopy.cluster.Refuse} message Refuse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Refuse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.reason = options.enums === $String ? "REASON_UNSPECIFIED" : 0;
                    object.detail = "";
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === $String ? $root.canopy.cluster.Refuse.Reason[message.reason] === $undefined ? message.reason : $root.canopy.cluster.Refuse.Reason[message.reason] : message.reason;
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                return object;
            };

            /**
             * Converts this Refuse to JSON.
             * @function toJSON
             * @memberof canopy.cluster.Refuse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Refuse.prototype.toJSON = function() {
                return Refuse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Refuse
             * @function getTypeUrl
             * @memberof canopy.cluster.Refuse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Refuse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.cluster.Refuse";
            };

            /**
             * Reason enum.
             * @name canopy.cluster.Refuse.Reason
             * @enum {number}
             * @property {number} REASON_UNSPECIFIED=0 REASON_UNSPECIFIED value
             * @property {number} CLUSTER_MISMATCH=1 CLUSTER_MISMATCH value
             * @property {number} UNKNOWN_MEMBER=2 UNKNOWN_MEMBER value
             * @property {number} WRONG_MEMBER=3 WRONG_MEMBER value
             * @property {number} VERSION_INCOMPATIBLE=4 VERSION_INCOMPATIBLE value
             */
            Refuse.Reason = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "REASON_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CLUSTER_MISMATCH"] = 1;
                values[valuesById[2] = "UNKNOWN_MEMBER"] = 2;
                values[valuesById[3] = "WRONG_MEMBER"] = 3;
                values[valuesById[4] = "VERSION_INCOMPATIBLE"] = 4;
                return values;
            })();

            return Refuse;
        })();

        cluster.Message = (function() {

            /**
             * Properties of a Message.
             * @typedef {Object} canopy.cluster.Message.$Properties
             * @property {string|null} [subject] Message subject
             * @property {Uint8Array|null} [payload] Message payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Message.
             * @memberof canopy.cluster
             * @interface IMessage
             * @augments canopy.cluster.Message.$Properties
             * @deprecated Use canopy.cluster.Message.$Properties instead.
             */

            /**
             * Shape of a Message.
             * @typedef {canopy.cluster.Message.$Properties} canopy.cluster.Message.$Shape
             */

            /**
             * Constructs a new Message.
             * @memberof canopy.cluster
             * @classdesc Represents a Message.
             * @constructor
             * @param {canopy.cluster.Message.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Message = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Message subject.
             * @member {string} subject
             * @memberof canopy.cluster.Message
             * @instance
             */
            Message.prototype.subject = "";

            /**
             * Message payload.
             * @member {Uint8Array} payload
             * @memberof canopy.cluster.Message
             * @instance
             */
            Message.prototype.payload = $util.newBuffer([]);

            /**
             * Creates a new Message instance using the specified properties.
             * @function create
             * @memberof canopy.cluster.Message
             * @static
             * @param {canopy.cluster.Message.$Properties=} [properties] Properties to set
             * @returns {canopy.cluster.Message} Message instance
             * @type {{
             *   (properties: canopy.cluster.Message.$Shape): canopy.cluster.Message & canopy.cluster.Message.$Shape;
             *   (properties?: canopy.cluster.Message.$Properties): canopy.cluster.Message;
             * }}
             */
            Message.create = function(properties) {
                return new Message(properties);
            };

            /**
             * Encodes the specified Message message. Does not implicitly {@link canopy.cluster.Message.verify|verify} messages.
             * @function encode
             * @memberof canopy.cluster.Message
             * @static
             * @param {canopy.cluster.Message.$Properties} message Message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject") && message.subject !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.subject);
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Message message, length delimited. Does not implicitly {@link canopy.cluster.Message.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.cluster.Message
             * @static
             * @param {canopy.cluster.Message.$Properties} message Message message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Message.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.cluster.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.cluster.Message & canopy.cluster.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.cluster.Message();
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
                            if ((value = reader.stringVerify()).length)
                                message.subject = value;
                            else
                                delete message.subject;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
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
             * Decodes a Message message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.cluster.Message
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.cluster.Message & canopy.cluster.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Message.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Message message.
             * @function verify
             * @memberof canopy.cluster.Message
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Message.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                    if (!$util.isString(message.subject))
                        return "subject: string expected";
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                return null;
            };

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.cluster.Message
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.cluster.Message} Message
             */
            Message.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.cluster.Message)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.cluster.Message: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.cluster.Message();
                if (object.subject != null)
                    if (typeof object.subject !== "string" || object.subject.length)
                        message.subject = $String(object.subject);
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                return message;
            };

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.cluster.Message
             * @static
             * @param {canopy.cluster.Message} message Message
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Message.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.subject = "";
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                }
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                    object.subject = message.subject;
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                return object;
            };

            /**
             * Converts this Message to JSON.
             * @function toJSON
             * @memberof canopy.cluster.Message
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Message.prototype.toJSON = function() {
                return Message.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Message
             * @function getTypeUrl
             * @memberof canopy.cluster.Message
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Message.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.cluster.Message";
            };

            return Message;
        })();

        cluster.Chunk = (function() {

            /**
             * Properties of a Chunk.
             * @typedef {Object} canopy.cluster.Chunk.$Properties
             * @property {number|Long|null} [messageId] Chunk messageId
             * @property {string|null} [subject] Chunk subject
             * @property {number|Long|null} [totalBytes] Chunk totalBytes
             * @property {Uint8Array|null} [data] Chunk data
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Chunk.
             * @memberof canopy.cluster
             * @interface IChunk
             * @augments canopy.cluster.Chunk.$Properties
             * @deprecated Use canopy.cluster.Chunk.$Properties instead.
             */

            /**
             * Shape of a Chunk.
             * @typedef {canopy.cluster.Chunk.$Properties} canopy.cluster.Chunk.$Shape
             */

            /**
             * Constructs a new Chunk.
             * @memberof canopy.cluster
             * @classdesc Represents a Chunk.
             * @constructor
             * @param {canopy.cluster.Chunk.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Chunk = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Chunk messageId.
             * @member {number|Long} messageId
             * @memberof canopy.cluster.Chunk
             * @instance
             */
            Chunk.prototype.messageId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Chunk subject.
             * @member {string} subject
             * @memberof canopy.cluster.Chunk
             * @instance
             */
            Chunk.prototype.subject = "";

            /**
             * Chunk totalBytes.
             * @member {number|Long} totalBytes
             * @memberof canopy.cluster.Chunk
             * @instance
             */
            Chunk.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Chunk data.
             * @member {Uint8Array} data
             * @memberof canopy.cluster.Chunk
             * @instance
             */
            Chunk.prototype.data = $util.newBuffer([]);

            /**
             * Creates a new Chunk instance using the specified properties.
             * @function create
             * @memberof canopy.cluster.Chunk
             * @static
             * @param {canopy.cluster.Chunk.$Properties=} [properties] Properties to set
             * @returns {canopy.cluster.Chunk} Chunk instance
             * @type {{
             *   (properties: canopy.cluster.Chunk.$Shape): canopy.cluster.Chunk & canopy.cluster.Chunk.$Shape;
             *   (properties?: canopy.cluster.Chunk.$Properties): canopy.cluster.Chunk;
             * }}
             */
            Chunk.create = function(properties) {
                return new Chunk(properties);
            };

            /**
             * Encodes the specified Chunk message. Does not implicitly {@link canopy.cluster.Chunk.verify|verify} messages.
             * @function encode
             * @memberof canopy.cluster.Chunk
             * @static
             * @param {canopy.cluster.Chunk.$Properties} message Chunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Chunk.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && (typeof message.messageId === "object" ? message.messageId.low || message.messageId.high : message.messageId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.messageId);
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject") && message.subject !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.subject);
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.totalBytes);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.data);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Chunk message, length delimited. Does not implicitly {@link canopy.cluster.Chunk.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.cluster.Chunk
             * @static
             * @param {canopy.cluster.Chunk.$Properties} message Chunk message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Chunk.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Chunk message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.cluster.Chunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.cluster.Chunk & canopy.cluster.Chunk.$Shape} Chunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Chunk.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.cluster.Chunk();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.messageId = value;
                            else
                                delete message.messageId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.subject = value;
                            else
                                delete message.subject;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalBytes = value;
                            else
                                delete message.totalBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
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
             * Decodes a Chunk message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.cluster.Chunk
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.cluster.Chunk & canopy.cluster.Chunk.$Shape} Chunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Chunk.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Chunk message.
             * @function verify
             * @memberof canopy.cluster.Chunk
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Chunk.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (!$util.isInteger(message.messageId) && !(message.messageId && $util.isInteger(message.messageId.low) && $util.isInteger(message.messageId.high)))
                        return "messageId: integer|Long expected";
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                    if (!$util.isString(message.subject))
                        return "subject: string expected";
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                    if (!$util.isInteger(message.totalBytes) && !(message.totalBytes && $util.isInteger(message.totalBytes.low) && $util.isInteger(message.totalBytes.high)))
                        return "totalBytes: integer|Long expected";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                return null;
            };

            /**
             * Creates a Chunk message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.cluster.Chunk
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.cluster.Chunk} Chunk
             */
            Chunk.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.cluster.Chunk)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.cluster.Chunk: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.cluster.Chunk();
                if (object.messageId != null)
                    if (typeof object.messageId === "object" ? object.messageId.low || object.messageId.high : $Number(object.messageId) !== 0)
                        if ($util.Long)
                            message.messageId = $util.Long.fromValue(object.messageId, true);
                        else if (typeof object.messageId === "string")
                            message.messageId = $parseInt(object.messageId, 10);
                        else if (typeof object.messageId === "number")
                            message.messageId = object.messageId;
                        else if (typeof object.messageId === "object")
                            message.messageId = new $util.LongBits(object.messageId.low >>> 0, object.messageId.high >>> 0).toNumber(true);
                if (object.subject != null)
                    if (typeof object.subject !== "string" || object.subject.length)
                        message.subject = $String(object.subject);
                if (object.totalBytes != null)
                    if (typeof object.totalBytes === "object" ? object.totalBytes.low || object.totalBytes.high : $Number(object.totalBytes) !== 0)
                        if ($util.Long)
                            message.totalBytes = $util.Long.fromValue(object.totalBytes, true);
                        else if (typeof object.totalBytes === "string")
                            message.totalBytes = $parseInt(object.totalBytes, 10);
                        else if (typeof object.totalBytes === "number")
                            message.totalBytes = object.totalBytes;
                        else if (typeof object.totalBytes === "object")
                            message.totalBytes = new $util.LongBits(object.totalBytes.low >>> 0, object.totalBytes.high >>> 0).toNumber(true);
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                return message;
            };

            /**
             * Creates a plain object from a Chunk message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.cluster.Chunk
             * @static
             * @param {canopy.cluster.Chunk} message Chunk
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Chunk.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.messageId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.messageId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.subject = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.totalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                }
                if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.messageId = typeof message.messageId === "number" ? $BigInt(message.messageId) : $util.Long.fromBits(message.messageId.low >>> 0, message.messageId.high >>> 0, true).toBigInt();
                    else if (typeof message.messageId === "number")
                        object.messageId = options.longs === $String ? $String(message.messageId) : message.messageId;
                    else
                        object.messageId = options.longs === $String ? $util.Long.prototype.toString.call(message.messageId) : options.longs === $Number ? new $util.LongBits(message.messageId.low >>> 0, message.messageId.high >>> 0).toNumber(true) : message.messageId;
                if (message.subject != null && $Object.hasOwnProperty.call(message, "subject"))
                    object.subject = message.subject;
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalBytes = typeof message.totalBytes === "number" ? $BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.totalBytes === "number")
                        object.totalBytes = options.longs === $String ? $String(message.totalBytes) : message.totalBytes;
                    else
                        object.totalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === $Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                return object;
            };

            /**
             * Converts this Chunk to JSON.
             * @function toJSON
             * @memberof canopy.cluster.Chunk
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Chunk.prototype.toJSON = function() {
                return Chunk.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Chunk
             * @function getTypeUrl
             * @memberof canopy.cluster.Chunk
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Chunk.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.cluster.Chunk";
            };

            return Chunk;
        })();

        cluster.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} canopy.cluster.Heartbeat.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof canopy.cluster
             * @interface IHeartbeat
             * @augments canopy.cluster.Heartbeat.$Properties
             * @deprecated Use canopy.cluster.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {canopy.cluster.Heartbeat.$Properties} canopy.cluster.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof canopy.cluster
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {canopy.cluster.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof canopy.cluster.Heartbeat
             * @static
             * @param {canopy.cluster.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {canopy.cluster.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: canopy.cluster.Heartbeat.$Shape): canopy.cluster.Heartbeat & canopy.cluster.Heartbeat.$Shape;
             *   (properties?: canopy.cluster.Heartbeat.$Properties): canopy.cluster.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link canopy.cluster.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof canopy.cluster.Heartbeat
             * @static
             * @param {canopy.cluster.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link canopy.cluster.Heartbeat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.cluster.Heartbeat
             * @static
             * @param {canopy.cluster.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.cluster.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.cluster.Heartbeat & canopy.cluster.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.cluster.Heartbeat();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.cluster.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.cluster.Heartbeat & canopy.cluster.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof canopy.cluster.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.cluster.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.cluster.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.cluster.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.cluster.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.canopy.cluster.Heartbeat();
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.cluster.Heartbeat
             * @static
             * @param {canopy.cluster.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function () {
                return {};
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof canopy.cluster.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof canopy.cluster.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.cluster.Heartbeat";
            };

            return Heartbeat;
        })();

        cluster.Frame = (function() {

            /**
             * Properties of a Frame.
             * @typedef {Object} canopy.cluster.Frame.$Properties
             * @property {canopy.cluster.Hello.$Properties|null} [hello] Frame hello
             * @property {canopy.cluster.Welcome.$Properties|null} [welcome] Frame welcome
             * @property {canopy.cluster.Refuse.$Properties|null} [refuse] Frame refuse
             * @property {canopy.cluster.Message.$Properties|null} [message] Frame message
             * @property {canopy.cluster.Chunk.$Properties|null} [chunk] Frame chunk
             * @property {canopy.cluster.Heartbeat.$Properties|null} [heartbeat] Frame heartbeat
             * @property {"hello"|"welcome"|"refuse"|"message"|"chunk"|"heartbeat"} [body] Frame body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Frame.
             * @memberof canopy.cluster
             * @interface IFrame
             * @augments canopy.cluster.Frame.$Properties
             * @deprecated Use canopy.cluster.Frame.$Properties instead.
             */

            /**
             * Narrowed shape of a Frame.
             * @typedef {{
             *   hello?: canopy.cluster.Hello.$Shape|null;
             *   welcome?: canopy.cluster.Welcome.$Shape|null;
             *   refuse?: canopy.cluster.Refuse.$Shape|null;
             *   message?: canopy.cluster.Message.$Shape|null;
             *   chunk?: canopy.cluster.Chunk.$Shape|null;
             *   heartbeat?: canopy.cluster.Heartbeat.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; hello?: null; welcome?: null; refuse?: null; message?: null; chunk?: null; heartbeat?: null }|{ body?: "hello"; hello: canopy.cluster.Hello.$Shape; welcome?: null; refuse?: null; message?: null; chunk?: null; heartbeat?: null }|{ body?: "welcome"; hello?: null; welcome: canopy.cluster.Welcome.$Shape; refuse?: null; message?: null; chunk?: null; heartbeat?: null }|{ body?: "refuse"; hello?: null; welcome?: null; refuse: canopy.cluster.Refuse.$Shape; message?: null; chunk?: null; heartbeat?: null }|{ body?: "message"; hello?: null; welcome?: null; refuse?: null; message: canopy.cluster.Message.$Shape; chunk?: null; heartbeat?: null }|{ body?: "chunk"; hello?: null; welcome?: null; refuse?: null; message?: null; chunk: canopy.cluster.Chunk.$Shape; heartbeat?: null }|{ body?: "heartbeat"; hello?: null; welcome?: null; refuse?: null; message?: null; chunk?: null; heartbeat: canopy.cluster.Heartbeat.$Shape })
             * )} canopy.cluster.Frame.$Shape
             */

            /**
             * Constructs a new Frame.
             * @memberof canopy.cluster
             * @classdesc Represents a Frame.
             * @constructor
             * @param {canopy.cluster.Frame.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Frame = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Frame hello.
             * @member {canopy.cluster.Hello.$Properties|null|undefined} hello
             * @memberof canopy.cluster.Frame
             * @instance
             */
            Frame.prototype.hello = null;

            /**
             * Frame welcome.
             * @member {canopy.cluster.Welcome.$Properties|null|undefined} welcome
             * @memberof canopy.cluster.Frame
             * @instance
             */
            Frame.prototype.welcome = null;

            /**
             * Frame refuse.
             * @member {canopy.cluster.Refuse.$Properties|null|undefined} refuse
             * @memberof canopy.cluster.Frame
             * @instance
             */
            Frame.prototype.refuse = null;

            /**
             * Frame message.
             * @member {canopy.cluster.Message.$Properties|null|undefined} message
             * @memberof canopy.cluster.Frame
             * @instance
             */
            Frame.prototype.message = null;

            /**
             * Frame chunk.
             * @member {canopy.cluster.Chunk.$Properties|null|undefined} chunk
             * @memberof canopy.cluster.Frame
             * @instance
             */
            Frame.prototype.chunk = null;

            /**
             * Frame heartbeat.
             * @member {canopy.cluster.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof canopy.cluster.Frame
             * @instance
             */
            Frame.prototype.heartbeat = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Frame body.
             * @member {"hello"|"welcome"|"refuse"|"message"|"chunk"|"heartbeat"|undefined} body
             * @memberof canopy.cluster.Frame
             * @instance
             */
            $Object.defineProperty(Frame.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["hello", "welcome", "refuse", "message", "chunk", "heartbeat"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Frame instance using the specified properties.
             * @function create
             * @memberof canopy.cluster.Frame
             * @static
             * @param {canopy.cluster.Frame.$Properties=} [properties] Properties to set
             * @returns {canopy.cluster.Frame} Frame instance
             * @type {{
             *   (properties: canopy.cluster.Frame.$Shape): canopy.cluster.Frame & canopy.cluster.Frame.$Shape;
             *   (properties?: canopy.cluster.Frame.$Properties): canopy.cluster.Frame;
             * }}
             */
            Frame.create = function(properties) {
                return new Frame(properties);
            };

            /**
             * Encodes the specified Frame message. Does not implicitly {@link canopy.cluster.Frame.verify|verify} messages.
             * @function encode
             * @memberof canopy.cluster.Frame
             * @static
             * @param {canopy.cluster.Frame.$Properties} message Frame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello"))
                    $root.canopy.cluster.Hello.encode(message.hello, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome"))
                    $root.canopy.cluster.Welcome.encode(message.welcome, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.refuse != null && $Object.hasOwnProperty.call(message, "refuse"))
                    $root.canopy.cluster.Refuse.encode(message.refuse, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    $root.canopy.cluster.Message.encode(message.message, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    $root.canopy.cluster.Chunk.encode(message.chunk, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.canopy.cluster.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Frame message, length delimited. Does not implicitly {@link canopy.cluster.Frame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.cluster.Frame
             * @static
             * @param {canopy.cluster.Frame.$Properties} message Frame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Frame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.cluster.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.cluster.Frame & canopy.cluster.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.cluster.Frame();
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
                            message.hello = $root.canopy.cluster.Hello.decode(reader, reader.size(), $undefined, _depth + 1, message.hello);
                            message.body = "hello";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.welcome = $root.canopy.cluster.Welcome.decode(reader, reader.size(), $undefined, _depth + 1, message.welcome);
                            message.body = "welcome";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.refuse = $root.canopy.cluster.Refuse.decode(reader, reader.size(), $undefined, _depth + 1, message.refuse);
                            message.body = "refuse";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.message = $root.canopy.cluster.Message.decode(reader, reader.size(), $undefined, _depth + 1, message.message);
                            message.body = "message";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.chunk = $root.canopy.cluster.Chunk.decode(reader, reader.size(), $undefined, _depth + 1, message.chunk);
                            message.body = "chunk";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.canopy.cluster.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.body = "heartbeat";
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
             * Decodes a Frame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.cluster.Frame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.cluster.Frame & canopy.cluster.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Frame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Frame message.
             * @function verify
             * @memberof canopy.cluster.Frame
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Frame.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    properties.body = 1;
                    {
                        let error = $root.canopy.cluster.Hello.verify(message.hello, _depth + 1);
                        if (error)
                            return "hello." + error;
                    }
                }
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.cluster.Welcome.verify(message.welcome, _depth + 1);
                        if (error)
                            return "welcome." + error;
                    }
                }
                if (message.refuse != null && $Object.hasOwnProperty.call(message, "refuse")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.cluster.Refuse.verify(message.refuse, _depth + 1);
                        if (error)
                            return "refuse." + error;
                    }
                }
                if (message.message != null && $Object.hasOwnProperty.call(message, "message")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.cluster.Message.verify(message.message, _depth + 1);
                        if (error)
                            return "message." + error;
                    }
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.cluster.Chunk.verify(message.chunk, _depth + 1);
                        if (error)
                            return "chunk." + error;
                    }
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.cluster.Heartbeat.verify(message.heartbeat, _depth + 1);
                        if (error)
                            return "heartbeat." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.cluster.Frame
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.cluster.Frame} Frame
             */
            Frame.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.cluster.Frame)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.cluster.Frame: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.cluster.Frame();
                if (object.hello != null) {
                    if (!$util.isObject(object.hello))
                        throw $TypeError(".canopy.cluster.Frame.hello: object expected");
                    message.hello = $root.canopy.cluster.Hello.fromObject(object.hello, _depth + 1);
                }
                if (object.welcome != null) {
                    if (!$util.isObject(object.welcome))
                        throw $TypeError(".canopy.cluster.Frame.welcome: object expected");
                    message.welcome = $root.canopy.cluster.Welcome.fromObject(object.welcome, _depth + 1);
                }
                if (object.refuse != null) {
                    if (!$util.isObject(object.refuse))
                        throw $TypeError(".canopy.cluster.Frame.refuse: object expected");
                    message.refuse = $root.canopy.cluster.Refuse.fromObject(object.refuse, _depth + 1);
                }
                if (object.message != null) {
                    if (!$util.isObject(object.message))
                        throw $TypeError(".canopy.cluster.Frame.message: object expected");
                    message.message = $root.canopy.cluster.Message.fromObject(object.message, _depth + 1);
                }
                if (object.chunk != null) {
                    if (!$util.isObject(object.chunk))
                        throw $TypeError(".canopy.cluster.Frame.chunk: object expected");
                    message.chunk = $root.canopy.cluster.Chunk.fromObject(object.chunk, _depth + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw $TypeError(".canopy.cluster.Frame.heartbeat: object expected");
                    message.heartbeat = $root.canopy.cluster.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.cluster.Frame
             * @static
             * @param {canopy.cluster.Frame} message Frame
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Frame.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.hello != null && $Object.hasOwnProperty.call(message, "hello")) {
                    object.hello = $root.canopy.cluster.Hello.toObject(message.hello, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "hello";
                }
                if (message.welcome != null && $Object.hasOwnProperty.call(message, "welcome")) {
                    object.welcome = $root.canopy.cluster.Welcome.toObject(message.welcome, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "welcome";
                }
                if (message.refuse != null && $Object.hasOwnProperty.call(message, "refuse")) {
                    object.refuse = $root.canopy.cluster.Refuse.toObject(message.refuse, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "refuse";
                }
                if (message.message != null && $Object.hasOwnProperty.call(message, "message")) {
                    object.message = $root.canopy.cluster.Message.toObject(message.message, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "message";
                }
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk")) {
                    object.chunk = $root.canopy.cluster.Chunk.toObject(message.chunk, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "chunk";
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.canopy.cluster.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "heartbeat";
                }
                return object;
            };

            /**
             * Converts this Frame to JSON.
             * @function toJSON
             * @memberof canopy.cluster.Frame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Frame.prototype.toJSON = function() {
                return Frame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Frame
             * @function getTypeUrl
             * @memberof canopy.cluster.Frame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Frame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.cluster.Frame";
            };

            return Frame;
        })();

        return cluster;
    })();

    canopy.membership = (function() {

        /**
         * Namespace membership.
         * @memberof canopy
         * @namespace
         */
        const membership = {};

        membership.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} canopy.membership.Heartbeat.$Properties
             * @property {number|Long|null} [incarnation] Heartbeat incarnation
             * @property {number|Long|null} [sequence] Heartbeat sequence
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof canopy.membership
             * @interface IHeartbeat
             * @augments canopy.membership.Heartbeat.$Properties
             * @deprecated Use canopy.membership.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {canopy.membership.Heartbeat.$Properties} canopy.membership.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof canopy.membership
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {canopy.membership.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat incarnation.
             * @member {number|Long} incarnation
             * @memberof canopy.membership.Heartbeat
             * @instance
             */
            Heartbeat.prototype.incarnation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat sequence.
             * @member {number|Long} sequence
             * @memberof canopy.membership.Heartbeat
             * @instance
             */
            Heartbeat.prototype.sequence = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof canopy.membership.Heartbeat
             * @static
             * @param {canopy.membership.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {canopy.membership.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: canopy.membership.Heartbeat.$Shape): canopy.membership.Heartbeat & canopy.membership.Heartbeat.$Shape;
             *   (properties?: canopy.membership.Heartbeat.$Properties): canopy.membership.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link canopy.membership.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof canopy.membership.Heartbeat
             * @static
             * @param {canopy.membership.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && (typeof message.incarnation === "object" ? message.incarnation.low || message.incarnation.high : message.incarnation !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.incarnation);
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence") && (typeof message.sequence === "object" ? message.sequence.low || message.sequence.high : message.sequence !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.sequence);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link canopy.membership.Heartbeat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.membership.Heartbeat
             * @static
             * @param {canopy.membership.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.membership.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.membership.Heartbeat & canopy.membership.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.membership.Heartbeat();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.incarnation = value;
                            else
                                delete message.incarnation;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sequence = value;
                            else
                                delete message.sequence;
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
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.membership.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.membership.Heartbeat & canopy.membership.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof canopy.membership.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (!$util.isInteger(message.incarnation) && !(message.incarnation && $util.isInteger(message.incarnation.low) && $util.isInteger(message.incarnation.high)))
                        return "incarnation: integer|Long expected";
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (!$util.isInteger(message.sequence) && !(message.sequence && $util.isInteger(message.sequence.low) && $util.isInteger(message.sequence.high)))
                        return "sequence: integer|Long expected";
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.membership.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.membership.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.membership.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.membership.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.membership.Heartbeat();
                if (object.incarnation != null)
                    if (typeof object.incarnation === "object" ? object.incarnation.low || object.incarnation.high : $Number(object.incarnation) !== 0)
                        if ($util.Long)
                            message.incarnation = $util.Long.fromValue(object.incarnation, true);
                        else if (typeof object.incarnation === "string")
                            message.incarnation = $parseInt(object.incarnation, 10);
                        else if (typeof object.incarnation === "number")
                            message.incarnation = object.incarnation;
                        else if (typeof object.incarnation === "object")
                            message.incarnation = new $util.LongBits(object.incarnation.low >>> 0, object.incarnation.high >>> 0).toNumber(true);
                if (object.sequence != null)
                    if (typeof object.sequence === "object" ? object.sequence.low || object.sequence.high : $Number(object.sequence) !== 0)
                        if ($util.Long)
                            message.sequence = $util.Long.fromValue(object.sequence, true);
                        else if (typeof object.sequence === "string")
                            message.sequence = $parseInt(object.sequence, 10);
                        else if (typeof object.sequence === "number")
                            message.sequence = object.sequence;
                        else if (typeof object.sequence === "object")
                            message.sequence = new $util.LongBits(object.sequence.low >>> 0, object.sequence.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.membership.Heartbeat
             * @static
             * @param {canopy.membership.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.incarnation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.incarnation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sequence = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sequence = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.incarnation = typeof message.incarnation === "number" ? $BigInt(message.incarnation) : $util.Long.fromBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0, true).toBigInt();
                    else if (typeof message.incarnation === "number")
                        object.incarnation = options.longs === $String ? $String(message.incarnation) : message.incarnation;
                    else
                        object.incarnation = options.longs === $String ? $util.Long.prototype.toString.call(message.incarnation) : options.longs === $Number ? new $util.LongBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0).toNumber(true) : message.incarnation;
                if (message.sequence != null && $Object.hasOwnProperty.call(message, "sequence"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sequence = typeof message.sequence === "number" ? $BigInt(message.sequence) : $util.Long.fromBits(message.sequence.low >>> 0, message.sequence.high >>> 0, true).toBigInt();
                    else if (typeof message.sequence === "number")
                        object.sequence = options.longs === $String ? $String(message.sequence) : message.sequence;
                    else
                        object.sequence = options.longs === $String ? $util.Long.prototype.toString.call(message.sequence) : options.longs === $Number ? new $util.LongBits(message.sequence.low >>> 0, message.sequence.high >>> 0).toNumber(true) : message.sequence;
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof canopy.membership.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof canopy.membership.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.membership.Heartbeat";
            };

            return Heartbeat;
        })();

        membership.Leave = (function() {

            /**
             * Properties of a Leave.
             * @typedef {Object} canopy.membership.Leave.$Properties
             * @property {number|Long|null} [incarnation] Leave incarnation
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Leave.
             * @memberof canopy.membership
             * @interface ILeave
             * @augments canopy.membership.Leave.$Properties
             * @deprecated Use canopy.membership.Leave.$Properties instead.
             */

            /**
             * Shape of a Leave.
             * @typedef {canopy.membership.Leave.$Properties} canopy.membership.Leave.$Shape
             */

            /**
             * Constructs a new Leave.
             * @memberof canopy.membership
             * @classdesc Represents a Leave.
             * @constructor
             * @param {canopy.membership.Leave.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Leave = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Leave incarnation.
             * @member {number|Long} incarnation
             * @memberof canopy.membership.Leave
             * @instance
             */
            Leave.prototype.incarnation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Leave instance using the specified properties.
             * @function create
             * @memberof canopy.membership.Leave
             * @static
             * @param {canopy.membership.Leave.$Properties=} [properties] Properties to set
             * @returns {canopy.membership.Leave} Leave instance
             * @type {{
             *   (properties: canopy.membership.Leave.$Shape): canopy.membership.Leave & canopy.membership.Leave.$Shape;
             *   (properties?: canopy.membership.Leave.$Properties): canopy.membership.Leave;
             * }}
             */
            Leave.create = function(properties) {
                return new Leave(properties);
            };

            /**
             * Encodes the specified Leave message. Does not implicitly {@link canopy.membership.Leave.verify|verify} messages.
             * @function encode
             * @memberof canopy.membership.Leave
             * @static
             * @param {canopy.membership.Leave.$Properties} message Leave message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Leave.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation") && (typeof message.incarnation === "object" ? message.incarnation.low || message.incarnation.high : message.incarnation !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.incarnation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Leave message, length delimited. Does not implicitly {@link canopy.membership.Leave.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.membership.Leave
             * @static
             * @param {canopy.membership.Leave.$Properties} message Leave message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Leave.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Leave message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.membership.Leave
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.membership.Leave & canopy.membership.Leave.$Shape} Leave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Leave.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.membership.Leave();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.incarnation = value;
                            else
                                delete message.incarnation;
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
             * Decodes a Leave message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.membership.Leave
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.membership.Leave & canopy.membership.Leave.$Shape} Leave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Leave.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Leave message.
             * @function verify
             * @memberof canopy.membership.Leave
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Leave.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (!$util.isInteger(message.incarnation) && !(message.incarnation && $util.isInteger(message.incarnation.low) && $util.isInteger(message.incarnation.high)))
                        return "incarnation: integer|Long expected";
                return null;
            };

            /**
             * Creates a Leave message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.membership.Leave
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.membership.Leave} Leave
             */
            Leave.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.membership.Leave)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.membership.Leave: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.membership.Leave();
                if (object.incarnation != null)
                    if (typeof object.incarnation === "object" ? object.incarnation.low || object.incarnation.high : $Number(object.incarnation) !== 0)
                        if ($util.Long)
                            message.incarnation = $util.Long.fromValue(object.incarnation, true);
                        else if (typeof object.incarnation === "string")
                            message.incarnation = $parseInt(object.incarnation, 10);
                        else if (typeof object.incarnation === "number")
                            message.incarnation = object.incarnation;
                        else if (typeof object.incarnation === "object")
                            message.incarnation = new $util.LongBits(object.incarnation.low >>> 0, object.incarnation.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Leave message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.membership.Leave
             * @static
             * @param {canopy.membership.Leave} message Leave
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Leave.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.incarnation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.incarnation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.incarnation != null && $Object.hasOwnProperty.call(message, "incarnation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.incarnation = typeof message.incarnation === "number" ? $BigInt(message.incarnation) : $util.Long.fromBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0, true).toBigInt();
                    else if (typeof message.incarnation === "number")
                        object.incarnation = options.longs === $String ? $String(message.incarnation) : message.incarnation;
                    else
                        object.incarnation = options.longs === $String ? $util.Long.prototype.toString.call(message.incarnation) : options.longs === $Number ? new $util.LongBits(message.incarnation.low >>> 0, message.incarnation.high >>> 0).toNumber(true) : message.incarnation;
                return object;
            };

            /**
             * Converts this Leave to JSON.
             * @function toJSON
             * @memberof canopy.membership.Leave
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Leave.prototype.toJSON = function() {
                return Leave.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Leave
             * @function getTypeUrl
             * @memberof canopy.membership.Leave
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Leave.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.membership.Leave";
            };

            return Leave;
        })();

        membership.MembershipMessage = (function() {

            /**
             * Properties of a MembershipMessage.
             * @typedef {Object} canopy.membership.MembershipMessage.$Properties
             * @property {canopy.membership.Heartbeat.$Properties|null} [heartbeat] MembershipMessage heartbeat
             * @property {canopy.membership.Leave.$Properties|null} [leave] MembershipMessage leave
             * @property {"heartbeat"|"leave"} [body] MembershipMessage body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MembershipMessage.
             * @memberof canopy.membership
             * @interface IMembershipMessage
             * @augments canopy.membership.MembershipMessage.$Properties
             * @deprecated Use canopy.membership.MembershipMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a MembershipMessage.
             * @typedef {{
             *   heartbeat?: canopy.membership.Heartbeat.$Shape|null;
             *   leave?: canopy.membership.Leave.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; heartbeat?: null; leave?: null }|{ body?: "heartbeat"; heartbeat: canopy.membership.Heartbeat.$Shape; leave?: null }|{ body?: "leave"; heartbeat?: null; leave: canopy.membership.Leave.$Shape })
             * )} canopy.membership.MembershipMessage.$Shape
             */

            /**
             * Constructs a new MembershipMessage.
             * @memberof canopy.membership
             * @classdesc Represents a MembershipMessage.
             * @constructor
             * @param {canopy.membership.MembershipMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MembershipMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * MembershipMessage heartbeat.
             * @member {canopy.membership.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof canopy.membership.MembershipMessage
             * @instance
             */
            MembershipMessage.prototype.heartbeat = null;

            /**
             * MembershipMessage leave.
             * @member {canopy.membership.Leave.$Properties|null|undefined} leave
             * @memberof canopy.membership.MembershipMessage
             * @instance
             */
            MembershipMessage.prototype.leave = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * MembershipMessage body.
             * @member {"heartbeat"|"leave"|undefined} body
             * @memberof canopy.membership.MembershipMessage
             * @instance
             */
            $Object.defineProperty(MembershipMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["heartbeat", "leave"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new MembershipMessage instance using the specified properties.
             * @function create
             * @memberof canopy.membership.MembershipMessage
             * @static
             * @param {canopy.membership.MembershipMessage.$Properties=} [properties] Properties to set
             * @returns {canopy.membership.MembershipMessage} MembershipMessage instance
             * @type {{
             *   (properties: canopy.membership.MembershipMessage.$Shape): canopy.membership.MembershipMessage & canopy.membership.MembershipMessage.$Shape;
             *   (properties?: canopy.membership.MembershipMessage.$Properties): canopy.membership.MembershipMessage;
             * }}
             */
            MembershipMessage.create = function(properties) {
                return new MembershipMessage(properties);
            };

            /**
             * Encodes the specified MembershipMessage message. Does not implicitly {@link canopy.membership.MembershipMessage.verify|verify} messages.
             * @function encode
             * @memberof canopy.membership.MembershipMessage
             * @static
             * @param {canopy.membership.MembershipMessage.$Properties} message MembershipMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MembershipMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.canopy.membership.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.leave != null && $Object.hasOwnProperty.call(message, "leave"))
                    $root.canopy.membership.Leave.encode(message.leave, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified MembershipMessage message, length delimited. Does not implicitly {@link canopy.membership.MembershipMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.membership.MembershipMessage
             * @static
             * @param {canopy.membership.MembershipMessage.$Properties} message MembershipMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MembershipMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MembershipMessage message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.membership.MembershipMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.membership.MembershipMessage & canopy.membership.MembershipMessage.$Shape} MembershipMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MembershipMessage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.membership.MembershipMessage();
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
                            message.heartbeat = $root.canopy.membership.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.body = "heartbeat";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.leave = $root.canopy.membership.Leave.decode(reader, reader.size(), $undefined, _depth + 1, message.leave);
                            message.body = "leave";
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
             * Decodes a MembershipMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.membership.MembershipMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.membership.MembershipMessage & canopy.membership.MembershipMessage.$Shape} MembershipMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MembershipMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MembershipMessage message.
             * @function verify
             * @memberof canopy.membership.MembershipMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MembershipMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    properties.body = 1;
                    {
                        let error = $root.canopy.membership.Heartbeat.verify(message.heartbeat, _depth + 1);
                        if (error)
                            return "heartbeat." + error;
                    }
                }
                if (message.leave != null && $Object.hasOwnProperty.call(message, "leave")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.membership.Leave.verify(message.leave, _depth + 1);
                        if (error)
                            return "leave." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a MembershipMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.membership.MembershipMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.membership.MembershipMessage} MembershipMessage
             */
            MembershipMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.membership.MembershipMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.membership.MembershipMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.membership.MembershipMessage();
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw $TypeError(".canopy.membership.MembershipMessage.heartbeat: object expected");
                    message.heartbeat = $root.canopy.membership.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                }
                if (object.leave != null) {
                    if (!$util.isObject(object.leave))
                        throw $TypeError(".canopy.membership.MembershipMessage.leave: object expected");
                    message.leave = $root.canopy.membership.Leave.fromObject(object.leave, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a MembershipMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.membership.MembershipMessage
             * @static
             * @param {canopy.membership.MembershipMessage} message MembershipMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MembershipMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.canopy.membership.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "heartbeat";
                }
                if (message.leave != null && $Object.hasOwnProperty.call(message, "leave")) {
                    object.leave = $root.canopy.membership.Leave.toObject(message.leave, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "leave";
                }
                return object;
            };

            /**
             * Converts this MembershipMessage to JSON.
             * @function toJSON
             * @memberof canopy.membership.MembershipMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MembershipMessage.prototype.toJSON = function() {
                return MembershipMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MembershipMessage
             * @function getTypeUrl
             * @memberof canopy.membership.MembershipMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MembershipMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.membership.MembershipMessage";
            };

            return MembershipMessage;
        })();

        return membership;
    })();

    canopy.raft = (function() {

        /**
         * Namespace raft.
         * @memberof canopy
         * @namespace
         */
        const raft = {};

        raft.ConfChange = (function() {

            /**
             * Properties of a ConfChange.
             * @typedef {Object} canopy.raft.ConfChange.$Properties
             * @property {canopy.raft.ConfChange.Type|null} [type] ConfChange type
             * @property {string|null} [node] ConfChange node
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfChange.
             * @memberof canopy.raft
             * @interface IConfChange
             * @augments canopy.raft.ConfChange.$Properties
             * @deprecated Use canopy.raft.ConfChange.$Properties instead.
             */

            /**
             * Shape of a ConfChange.
             * @typedef {canopy.raft.ConfChange.$Properties} canopy.raft.ConfChange.$Shape
             */

            /**
             * Constructs a new ConfChange.
             * @memberof canopy.raft
             * @classdesc Represents a ConfChange.
             * @constructor
             * @param {canopy.raft.ConfChange.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfChange = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfChange type.
             * @member {canopy.raft.ConfChange.Type} type
             * @memberof canopy.raft.ConfChange
             * @instance
             */
            ConfChange.prototype.type = 0;

            /**
             * ConfChange node.
             * @member {string} node
             * @memberof canopy.raft.ConfChange
             * @instance
             */
            ConfChange.prototype.node = "";

            /**
             * Creates a new ConfChange instance using the specified properties.
             * @function create
             * @memberof canopy.raft.ConfChange
             * @static
             * @param {canopy.raft.ConfChange.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.ConfChange} ConfChange instance
             * @type {{
             *   (properties: canopy.raft.ConfChange.$Shape): canopy.raft.ConfChange & canopy.raft.ConfChange.$Shape;
             *   (properties?: canopy.raft.ConfChange.$Properties): canopy.raft.ConfChange;
             * }}
             */
            ConfChange.create = function(properties) {
                return new ConfChange(properties);
            };

            /**
             * Encodes the specified ConfChange message. Does not implicitly {@link canopy.raft.ConfChange.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.ConfChange
             * @static
             * @param {canopy.raft.ConfChange.$Properties} message ConfChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfChange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.node);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ConfChange message, length delimited. Does not implicitly {@link canopy.raft.ConfChange.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.ConfChange
             * @static
             * @param {canopy.raft.ConfChange.$Properties} message ConfChange message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfChange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConfChange message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.ConfChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.ConfChange & canopy.raft.ConfChange.$Shape} ConfChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfChange.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.ConfChange();
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
                            if (value = reader.int32())
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.node = value;
                            else
                                delete message.node;
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
             * Decodes a ConfChange message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.ConfChange
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.ConfChange & canopy.raft.ConfChange.$Shape} ConfChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfChange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConfChange message.
             * @function verify
             * @memberof canopy.raft.ConfChange
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConfChange.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                        return "type: enum value expected";
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    if (!$util.isString(message.node))
                        return "node: string expected";
                return null;
            };

            /**
             * Creates a ConfChange message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.ConfChange
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.ConfChange} ConfChange
             */
            ConfChange.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.ConfChange)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.ConfChange: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.ConfChange();
                if (object.type !== 0 && (typeof object.type !== "string" || $root.canopy.raft.ConfChange.Type[object.type] !== 0))
                    switch (object.type) {
                    case "TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "ADD_VOTER":
                    case 1:
                        message.type = 1;
                        break;
                    case "ADD_LEARNER":
                    case 2:
                        message.type = 2;
                        break;
                    case "REMOVE_NODE":
                    case 3:
                        message.type = 3;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                if (object.node != null)
                    if (typeof object.node !== "string" || object.node.length)
                        message.node = $String(object.node);
                return message;
            };

            /**
             * Creates a plain object from a ConfChange message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.ConfChange
             * @static
             * @param {canopy.raft.ConfChange} message ConfChange
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfChange.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = options.enums === $String ? "TYPE_UNSPECIFIED" : 0;
                    object.node = "";
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = options.enums === $String ? $root.canopy.raft.ConfChange.Type[message.type] === $undefined ? message.type : $root.canopy.raft.ConfChange.Type[message.type] : message.type;
                if (message.node != null && $Object.hasOwnProperty.call(message, "node"))
                    object.node = message.node;
                return object;
            };

            /**
             * Converts this ConfChange to JSON.
             * @function toJSON
             * @memberof canopy.raft.ConfChange
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfChange.prototype.toJSON = function() {
                return ConfChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConfChange
             * @function getTypeUrl
             * @memberof canopy.raft.ConfChange
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.ConfChange";
            };

            /**
             * Type enum.
             * @name canopy.raft.ConfChange.Type
             * @enum {number}
             * @property {number} TYPE_UNSPECIFIED=0 TYPE_UNSPECIFIED value
             * @property {number} ADD_VOTER=1 ADD_VOTER value
             * @property {number} ADD_LEARNER=2 ADD_LEARNER value
             * @property {number} REMOVE_NODE=3 REMOVE_NODE value
             */
            ConfChange.Type = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ADD_VOTER"] = 1;
                values[valuesById[2] = "ADD_LEARNER"] = 2;
                values[valuesById[3] = "REMOVE_NODE"] = 3;
                return values;
            })();

            return ConfChange;
        })();

        raft.ConfState = (function() {

            /**
             * Properties of a ConfState.
             * @typedef {Object} canopy.raft.ConfState.$Properties
             * @property {Array.<string>|null} [voters] ConfState voters
             * @property {Array.<string>|null} [learners] ConfState learners
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConfState.
             * @memberof canopy.raft
             * @interface IConfState
             * @augments canopy.raft.ConfState.$Properties
             * @deprecated Use canopy.raft.ConfState.$Properties instead.
             */

            /**
             * Shape of a ConfState.
             * @typedef {canopy.raft.ConfState.$Properties} canopy.raft.ConfState.$Shape
             */

            /**
             * Constructs a new ConfState.
             * @memberof canopy.raft
             * @classdesc Represents a ConfState.
             * @constructor
             * @param {canopy.raft.ConfState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConfState = function (properties) {
                this.voters = [];
                this.learners = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ConfState voters.
             * @member {Array.<string>} voters
             * @memberof canopy.raft.ConfState
             * @instance
             */
            ConfState.prototype.voters = $util.emptyArray;

            /**
             * ConfState learners.
             * @member {Array.<string>} learners
             * @memberof canopy.raft.ConfState
             * @instance
             */
            ConfState.prototype.learners = $util.emptyArray;

            /**
             * Creates a new ConfState instance using the specified properties.
             * @function create
             * @memberof canopy.raft.ConfState
             * @static
             * @param {canopy.raft.ConfState.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.ConfState} ConfState instance
             * @type {{
             *   (properties: canopy.raft.ConfState.$Shape): canopy.raft.ConfState & canopy.raft.ConfState.$Shape;
             *   (properties?: canopy.raft.ConfState.$Properties): canopy.raft.ConfState;
             * }}
             */
            ConfState.create = function(properties) {
                return new ConfState(properties);
            };

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link canopy.raft.ConfState.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.ConfState
             * @static
             * @param {canopy.raft.ConfState.$Properties} message ConfState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.voters != null && message.voters.length)
                    for (let i = 0; i < message.voters.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.voters[i]);
                if (message.learners != null && message.learners.length)
                    for (let i = 0; i < message.learners.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.learners[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ConfState message, length delimited. Does not implicitly {@link canopy.raft.ConfState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.ConfState
             * @static
             * @param {canopy.raft.ConfState.$Properties} message ConfState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConfState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.ConfState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.ConfState & canopy.raft.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.ConfState();
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
                            if (!(message.voters && message.voters.length))
                                message.voters = [];
                            message.voters.push(reader.stringVerify());
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.learners && message.learners.length))
                                message.learners = [];
                            message.learners.push(reader.stringVerify());
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
             * Decodes a ConfState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.ConfState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.ConfState & canopy.raft.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConfState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConfState message.
             * @function verify
             * @memberof canopy.raft.ConfState
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConfState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.voters != null && $Object.hasOwnProperty.call(message, "voters")) {
                    if (!$Array.isArray(message.voters))
                        return "voters: array expected";
                    for (let i = 0; i < message.voters.length; ++i)
                        if (!$util.isString(message.voters[i]))
                            return "voters: string[] expected";
                }
                if (message.learners != null && $Object.hasOwnProperty.call(message, "learners")) {
                    if (!$Array.isArray(message.learners))
                        return "learners: array expected";
                    for (let i = 0; i < message.learners.length; ++i)
                        if (!$util.isString(message.learners[i]))
                            return "learners: string[] expected";
                }
                return null;
            };

            /**
             * Creates a ConfState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.ConfState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.ConfState} ConfState
             */
            ConfState.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.ConfState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.ConfState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.ConfState();
                if (object.voters) {
                    if (!$Array.isArray(object.voters))
                        throw $TypeError(".canopy.raft.ConfState.voters: array expected");
                    message.voters = $Array(object.voters.length);
                    for (let i = 0; i < object.voters.length; ++i)
                        message.voters[i] = $String(object.voters[i]);
                }
                if (object.learners) {
                    if (!$Array.isArray(object.learners))
                        throw $TypeError(".canopy.raft.ConfState.learners: array expected");
                    message.learners = $Array(object.learners.length);
                    for (let i = 0; i < object.learners.length; ++i)
                        message.learners[i] = $String(object.learners[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a ConfState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.ConfState
             * @static
             * @param {canopy.raft.ConfState} message ConfState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConfState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.voters = [];
                    object.learners = [];
                }
                if (message.voters && message.voters.length) {
                    object.voters = $Array(message.voters.length);
                    for (let j = 0; j < message.voters.length; ++j)
                        object.voters[j] = message.voters[j];
                }
                if (message.learners && message.learners.length) {
                    object.learners = $Array(message.learners.length);
                    for (let j = 0; j < message.learners.length; ++j)
                        object.learners[j] = message.learners[j];
                }
                return object;
            };

            /**
             * Converts this ConfState to JSON.
             * @function toJSON
             * @memberof canopy.raft.ConfState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConfState.prototype.toJSON = function() {
                return ConfState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConfState
             * @function getTypeUrl
             * @memberof canopy.raft.ConfState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConfState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.ConfState";
            };

            return ConfState;
        })();

        raft.Entry = (function() {

            /**
             * Properties of an Entry.
             * @typedef {Object} canopy.raft.Entry.$Properties
             * @property {number|Long|null} [term] Entry term
             * @property {number|Long|null} [index] Entry index
             * @property {Uint8Array|null} [data] Entry data
             * @property {canopy.raft.ConfChange.$Properties|null} [change] Entry change
             * @property {"data"|"change"} [payload] Entry payload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Entry.
             * @memberof canopy.raft
             * @interface IEntry
             * @augments canopy.raft.Entry.$Properties
             * @deprecated Use canopy.raft.Entry.$Properties instead.
             */

            /**
             * Narrowed shape of an Entry.
             * @typedef {{
             *   term?: number|Long|null;
             *   index?: number|Long|null;
             *   data?: Uint8Array|null;
             *   change?: canopy.raft.ConfChange.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ payload?: undefined; data?: null; change?: null }|{ payload?: "data"; data: Uint8Array; change?: null }|{ payload?: "change"; data?: null; change: canopy.raft.ConfChange.$Shape })
             * )} canopy.raft.Entry.$Shape
             */

            /**
             * Constructs a new Entry.
             * @memberof canopy.raft
             * @classdesc Represents an Entry.
             * @constructor
             * @param {canopy.raft.Entry.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Entry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Entry term.
             * @member {number|Long} term
             * @memberof canopy.raft.Entry
             * @instance
             */
            Entry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Entry index.
             * @member {number|Long} index
             * @memberof canopy.raft.Entry
             * @instance
             */
            Entry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Entry data.
             * @member {Uint8Array|null|undefined} data
             * @memberof canopy.raft.Entry
             * @instance
             */
            Entry.prototype.data = null;

            /**
             * Entry change.
             * @member {canopy.raft.ConfChange.$Properties|null|undefined} change
             * @memberof canopy.raft.Entry
             * @instance
             */
            Entry.prototype.change = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Entry payload.
             * @member {"data"|"change"|undefined} payload
             * @memberof canopy.raft.Entry
             * @instance
             */
            $Object.defineProperty(Entry.prototype, "payload", {
                get: $util.oneOfGetter($oneOfFields = ["data", "change"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Entry instance using the specified properties.
             * @function create
             * @memberof canopy.raft.Entry
             * @static
             * @param {canopy.raft.Entry.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.Entry} Entry instance
             * @type {{
             *   (properties: canopy.raft.Entry.$Shape): canopy.raft.Entry & canopy.raft.Entry.$Shape;
             *   (properties?: canopy.raft.Entry.$Properties): canopy.raft.Entry;
             * }}
             */
            Entry.create = function(properties) {
                return new Entry(properties);
            };

            /**
             * Encodes the specified Entry message. Does not implicitly {@link canopy.raft.Entry.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.Entry
             * @static
             * @param {canopy.raft.Entry.$Properties} message Entry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Entry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.index);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.data);
                if (message.change != null && $Object.hasOwnProperty.call(message, "change"))
                    $root.canopy.raft.ConfChange.encode(message.change, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Entry message, length delimited. Does not implicitly {@link canopy.raft.Entry.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.Entry
             * @static
             * @param {canopy.raft.Entry.$Properties} message Entry message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Entry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Entry message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.Entry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.Entry & canopy.raft.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Entry.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.Entry();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.data = reader.bytes();
                            message.payload = "data";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.change = $root.canopy.raft.ConfChange.decode(reader, reader.size(), $undefined, _depth + 1, message.change);
                            message.payload = "change";
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
             * Decodes an Entry message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.Entry
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.Entry & canopy.raft.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Entry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Entry message.
             * @function verify
             * @memberof canopy.raft.Entry
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Entry.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                        return "term: integer|Long expected";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                        return "index: integer|Long expected";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data")) {
                    properties.payload = 1;
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                }
                if (message.change != null && $Object.hasOwnProperty.call(message, "change")) {
                    if (properties.payload === 1)
                        return "payload: multiple values";
                    properties.payload = 1;
                    {
                        let error = $root.canopy.raft.ConfChange.verify(message.change, _depth + 1);
                        if (error)
                            return "change." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Entry message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.Entry
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.Entry} Entry
             */
            Entry.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.Entry)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.Entry: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.Entry();
                if (object.term != null)
                    if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                        if ($util.Long)
                            message.term = $util.Long.fromValue(object.term, true);
                        else if (typeof object.term === "string")
                            message.term = $parseInt(object.term, 10);
                        else if (typeof object.term === "number")
                            message.term = object.term;
                        else if (typeof object.term === "object")
                            message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                if (object.index != null)
                    if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                        if ($util.Long)
                            message.index = $util.Long.fromValue(object.index, true);
                        else if (typeof object.index === "string")
                            message.index = $parseInt(object.index, 10);
                        else if (typeof object.index === "number")
                            message.index = object.index;
                        else if (typeof object.index === "object")
                            message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                if (object.data != null)
                    if (typeof object.data === "string")
                        $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                    else if (object.data.length >= 0)
                        message.data = object.data;
                if (object.change != null) {
                    if (!$util.isObject(object.change))
                        throw $TypeError(".canopy.raft.Entry.change: object expected");
                    message.change = $root.canopy.raft.ConfChange.fromObject(object.change, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from an Entry message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.Entry
             * @static
             * @param {canopy.raft.Entry} message Entry
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Entry.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                    else if (typeof message.term === "number")
                        object.term = options.longs === $String ? $String(message.term) : message.term;
                    else
                        object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                    else if (typeof message.index === "number")
                        object.index = options.longs === $String ? $String(message.index) : message.index;
                    else
                        object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data")) {
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                    if (options.oneofs)
                        object.payload = "data";
                }
                if (message.change != null && $Object.hasOwnProperty.call(message, "change")) {
                    object.change = $root.canopy.raft.ConfChange.toObject(message.change, options, _depth + 1);
                    if (options.oneofs)
                        object.payload = "change";
                }
                return object;
            };

            /**
             * Converts this Entry to JSON.
             * @function toJSON
             * @memberof canopy.raft.Entry
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Entry.prototype.toJSON = function() {
                return Entry.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Entry
             * @function getTypeUrl
             * @memberof canopy.raft.Entry
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Entry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.Entry";
            };

            return Entry;
        })();

        raft.HardState = (function() {

            /**
             * Properties of a HardState.
             * @typedef {Object} canopy.raft.HardState.$Properties
             * @property {number|Long|null} [term] HardState term
             * @property {string|null} [vote] HardState vote
             * @property {number|Long|null} [commit] HardState commit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HardState.
             * @memberof canopy.raft
             * @interface IHardState
             * @augments canopy.raft.HardState.$Properties
             * @deprecated Use canopy.raft.HardState.$Properties instead.
             */

            /**
             * Shape of a HardState.
             * @typedef {canopy.raft.HardState.$Properties} canopy.raft.HardState.$Shape
             */

            /**
             * Constructs a new HardState.
             * @memberof canopy.raft
             * @classdesc Represents a HardState.
             * @constructor
             * @param {canopy.raft.HardState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HardState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HardState term.
             * @member {number|Long} term
             * @memberof canopy.raft.HardState
             * @instance
             */
            HardState.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * HardState vote.
             * @member {string} vote
             * @memberof canopy.raft.HardState
             * @instance
             */
            HardState.prototype.vote = "";

            /**
             * HardState commit.
             * @member {number|Long} commit
             * @memberof canopy.raft.HardState
             * @instance
             */
            HardState.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new HardState instance using the specified properties.
             * @function create
             * @memberof canopy.raft.HardState
             * @static
             * @param {canopy.raft.HardState.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.HardState} HardState instance
             * @type {{
             *   (properties: canopy.raft.HardState.$Shape): canopy.raft.HardState & canopy.raft.HardState.$Shape;
             *   (properties?: canopy.raft.HardState.$Properties): canopy.raft.HardState;
             * }}
             */
            HardState.create = function(properties) {
                return new HardState(properties);
            };

            /**
             * Encodes the specified HardState message. Does not implicitly {@link canopy.raft.HardState.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.HardState
             * @static
             * @param {canopy.raft.HardState.$Properties} message HardState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HardState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.term);
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote") && message.vote !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.vote);
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.commit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HardState message, length delimited. Does not implicitly {@link canopy.raft.HardState.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.HardState
             * @static
             * @param {canopy.raft.HardState.$Properties} message HardState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HardState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HardState message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.HardState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.HardState & canopy.raft.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HardState.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.HardState();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.vote = value;
                            else
                                delete message.vote;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commit = value;
                            else
                                delete message.commit;
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
             * Decodes a HardState message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.HardState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.HardState & canopy.raft.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HardState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HardState message.
             * @function verify
             * @memberof canopy.raft.HardState
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HardState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                        return "term: integer|Long expected";
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                    if (!$util.isString(message.vote))
                        return "vote: string expected";
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    if (!$util.isInteger(message.commit) && !(message.commit && $util.isInteger(message.commit.low) && $util.isInteger(message.commit.high)))
                        return "commit: integer|Long expected";
                return null;
            };

            /**
             * Creates a HardState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.HardState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.HardState} HardState
             */
            HardState.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.HardState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.HardState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.HardState();
                if (object.term != null)
                    if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                        if ($util.Long)
                            message.term = $util.Long.fromValue(object.term, true);
                        else if (typeof object.term === "string")
                            message.term = $parseInt(object.term, 10);
                        else if (typeof object.term === "number")
                            message.term = object.term;
                        else if (typeof object.term === "object")
                            message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                if (object.vote != null)
                    if (typeof object.vote !== "string" || object.vote.length)
                        message.vote = $String(object.vote);
                if (object.commit != null)
                    if (typeof object.commit === "object" ? object.commit.low || object.commit.high : $Number(object.commit) !== 0)
                        if ($util.Long)
                            message.commit = $util.Long.fromValue(object.commit, true);
                        else if (typeof object.commit === "string")
                            message.commit = $parseInt(object.commit, 10);
                        else if (typeof object.commit === "number")
                            message.commit = object.commit;
                        else if (typeof object.commit === "object")
                            message.commit = new $util.LongBits(object.commit.low >>> 0, object.commit.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a HardState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.HardState
             * @static
             * @param {canopy.raft.HardState} message HardState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HardState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.vote = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.commit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.commit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                    else if (typeof message.term === "number")
                        object.term = options.longs === $String ? $String(message.term) : message.term;
                    else
                        object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote"))
                    object.vote = message.vote;
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.commit = typeof message.commit === "number" ? $BigInt(message.commit) : $util.Long.fromBits(message.commit.low >>> 0, message.commit.high >>> 0, true).toBigInt();
                    else if (typeof message.commit === "number")
                        object.commit = options.longs === $String ? $String(message.commit) : message.commit;
                    else
                        object.commit = options.longs === $String ? $util.Long.prototype.toString.call(message.commit) : options.longs === $Number ? new $util.LongBits(message.commit.low >>> 0, message.commit.high >>> 0).toNumber(true) : message.commit;
                return object;
            };

            /**
             * Converts this HardState to JSON.
             * @function toJSON
             * @memberof canopy.raft.HardState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HardState.prototype.toJSON = function() {
                return HardState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HardState
             * @function getTypeUrl
             * @memberof canopy.raft.HardState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HardState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.HardState";
            };

            return HardState;
        })();

        raft.SnapshotMeta = (function() {

            /**
             * Properties of a SnapshotMeta.
             * @typedef {Object} canopy.raft.SnapshotMeta.$Properties
             * @property {number|Long|null} [index] SnapshotMeta index
             * @property {number|Long|null} [term] SnapshotMeta term
             * @property {canopy.raft.ConfState.$Properties|null} [confState] SnapshotMeta confState
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotMeta.
             * @memberof canopy.raft
             * @interface ISnapshotMeta
             * @augments canopy.raft.SnapshotMeta.$Properties
             * @deprecated Use canopy.raft.SnapshotMeta.$Properties instead.
             */

            /**
             * Shape of a SnapshotMeta.
             * @typedef {canopy.raft.SnapshotMeta.$Properties} canopy.raft.SnapshotMeta.$Shape
             */

            /**
             * Constructs a new SnapshotMeta.
             * @memberof canopy.raft
             * @classdesc Represents a SnapshotMeta.
             * @constructor
             * @param {canopy.raft.SnapshotMeta.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotMeta = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotMeta index.
             * @member {number|Long} index
             * @memberof canopy.raft.SnapshotMeta
             * @instance
             */
            SnapshotMeta.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotMeta term.
             * @member {number|Long} term
             * @memberof canopy.raft.SnapshotMeta
             * @instance
             */
            SnapshotMeta.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotMeta confState.
             * @member {canopy.raft.ConfState.$Properties|null|undefined} confState
             * @memberof canopy.raft.SnapshotMeta
             * @instance
             */
            SnapshotMeta.prototype.confState = null;

            /**
             * Creates a new SnapshotMeta instance using the specified properties.
             * @function create
             * @memberof canopy.raft.SnapshotMeta
             * @static
             * @param {canopy.raft.SnapshotMeta.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.SnapshotMeta} SnapshotMeta instance
             * @type {{
             *   (properties: canopy.raft.SnapshotMeta.$Shape): canopy.raft.SnapshotMeta & canopy.raft.SnapshotMeta.$Shape;
             *   (properties?: canopy.raft.SnapshotMeta.$Properties): canopy.raft.SnapshotMeta;
             * }}
             */
            SnapshotMeta.create = function(properties) {
                return new SnapshotMeta(properties);
            };

            /**
             * Encodes the specified SnapshotMeta message. Does not implicitly {@link canopy.raft.SnapshotMeta.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.SnapshotMeta
             * @static
             * @param {canopy.raft.SnapshotMeta.$Properties} message SnapshotMeta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotMeta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.index);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.term);
                if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                    $root.canopy.raft.ConfState.encode(message.confState, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SnapshotMeta message, length delimited. Does not implicitly {@link canopy.raft.SnapshotMeta.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.SnapshotMeta
             * @static
             * @param {canopy.raft.SnapshotMeta.$Properties} message SnapshotMeta message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotMeta.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SnapshotMeta message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.SnapshotMeta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.SnapshotMeta & canopy.raft.SnapshotMeta.$Shape} SnapshotMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotMeta.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.SnapshotMeta();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.confState = $root.canopy.raft.ConfState.decode(reader, reader.size(), $undefined, _depth + 1, message.confState);
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
             * Decodes a SnapshotMeta message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.SnapshotMeta
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.SnapshotMeta & canopy.raft.SnapshotMeta.$Shape} SnapshotMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotMeta.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SnapshotMeta message.
             * @function verify
             * @memberof canopy.raft.SnapshotMeta
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotMeta.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                        return "index: integer|Long expected";
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                        return "term: integer|Long expected";
                if (message.confState != null && $Object.hasOwnProperty.call(message, "confState")) {
                    let error = $root.canopy.raft.ConfState.verify(message.confState, _depth + 1);
                    if (error)
                        return "confState." + error;
                }
                return null;
            };

            /**
             * Creates a SnapshotMeta message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.SnapshotMeta
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.SnapshotMeta} SnapshotMeta
             */
            SnapshotMeta.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.SnapshotMeta)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.SnapshotMeta: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.SnapshotMeta();
                if (object.index != null)
                    if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                        if ($util.Long)
                            message.index = $util.Long.fromValue(object.index, true);
                        else if (typeof object.index === "string")
                            message.index = $parseInt(object.index, 10);
                        else if (typeof object.index === "number")
                            message.index = object.index;
                        else if (typeof object.index === "object")
                            message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                if (object.term != null)
                    if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                        if ($util.Long)
                            message.term = $util.Long.fromValue(object.term, true);
                        else if (typeof object.term === "string")
                            message.term = $parseInt(object.term, 10);
                        else if (typeof object.term === "number")
                            message.term = object.term;
                        else if (typeof object.term === "object")
                            message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                if (object.confState != null) {
                    if (!$util.isObject(object.confState))
                        throw $TypeError(".canopy.raft.SnapshotMeta.confState: object expected");
                    message.confState = $root.canopy.raft.ConfState.fromObject(object.confState, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a SnapshotMeta message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.SnapshotMeta
             * @static
             * @param {canopy.raft.SnapshotMeta} message SnapshotMeta
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotMeta.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.confState = null;
                }
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                    else if (typeof message.index === "number")
                        object.index = options.longs === $String ? $String(message.index) : message.index;
                    else
                        object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                    else if (typeof message.term === "number")
                        object.term = options.longs === $String ? $String(message.term) : message.term;
                    else
                        object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                    object.confState = $root.canopy.raft.ConfState.toObject(message.confState, options, _depth + 1);
                return object;
            };

            /**
             * Converts this SnapshotMeta to JSON.
             * @function toJSON
             * @memberof canopy.raft.SnapshotMeta
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotMeta.prototype.toJSON = function() {
                return SnapshotMeta.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotMeta
             * @function getTypeUrl
             * @memberof canopy.raft.SnapshotMeta
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotMeta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.SnapshotMeta";
            };

            return SnapshotMeta;
        })();

        raft.SnapshotManifest = (function() {

            /**
             * Properties of a SnapshotManifest.
             * @typedef {Object} canopy.raft.SnapshotManifest.$Properties
             * @property {canopy.raft.SnapshotMeta.$Properties|null} [meta] SnapshotManifest meta
             * @property {number|Long|null} [dataBytes] SnapshotManifest dataBytes
             * @property {number|null} [chunkCount] SnapshotManifest chunkCount
             * @property {number|null} [dataCrc] SnapshotManifest dataCrc
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SnapshotManifest.
             * @memberof canopy.raft
             * @interface ISnapshotManifest
             * @augments canopy.raft.SnapshotManifest.$Properties
             * @deprecated Use canopy.raft.SnapshotManifest.$Properties instead.
             */

            /**
             * Shape of a SnapshotManifest.
             * @typedef {canopy.raft.SnapshotManifest.$Properties} canopy.raft.SnapshotManifest.$Shape
             */

            /**
             * Constructs a new SnapshotManifest.
             * @memberof canopy.raft
             * @classdesc Represents a SnapshotManifest.
             * @constructor
             * @param {canopy.raft.SnapshotManifest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SnapshotManifest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SnapshotManifest meta.
             * @member {canopy.raft.SnapshotMeta.$Properties|null|undefined} meta
             * @memberof canopy.raft.SnapshotManifest
             * @instance
             */
            SnapshotManifest.prototype.meta = null;

            /**
             * SnapshotManifest dataBytes.
             * @member {number|Long} dataBytes
             * @memberof canopy.raft.SnapshotManifest
             * @instance
             */
            SnapshotManifest.prototype.dataBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * SnapshotManifest chunkCount.
             * @member {number} chunkCount
             * @memberof canopy.raft.SnapshotManifest
             * @instance
             */
            SnapshotManifest.prototype.chunkCount = 0;

            /**
             * SnapshotManifest dataCrc.
             * @member {number} dataCrc
             * @memberof canopy.raft.SnapshotManifest
             * @instance
             */
            SnapshotManifest.prototype.dataCrc = 0;

            /**
             * Creates a new SnapshotManifest instance using the specified properties.
             * @function create
             * @memberof canopy.raft.SnapshotManifest
             * @static
             * @param {canopy.raft.SnapshotManifest.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.SnapshotManifest} SnapshotManifest instance
             * @type {{
             *   (properties: canopy.raft.SnapshotManifest.$Shape): canopy.raft.SnapshotManifest & canopy.raft.SnapshotManifest.$Shape;
             *   (properties?: canopy.raft.SnapshotManifest.$Properties): canopy.raft.SnapshotManifest;
             * }}
             */
            SnapshotManifest.create = function(properties) {
                return new SnapshotManifest(properties);
            };

            /**
             * Encodes the specified SnapshotManifest message. Does not implicitly {@link canopy.raft.SnapshotManifest.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.SnapshotManifest
             * @static
             * @param {canopy.raft.SnapshotManifest.$Properties} message SnapshotManifest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotManifest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.canopy.raft.SnapshotMeta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.dataBytes != null && $Object.hasOwnProperty.call(message, "dataBytes") && (typeof message.dataBytes === "object" ? message.dataBytes.low || message.dataBytes.high : message.dataBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.dataBytes);
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount") && message.chunkCount !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.chunkCount);
                if (message.dataCrc != null && $Object.hasOwnProperty.call(message, "dataCrc") && message.dataCrc !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.dataCrc);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified SnapshotManifest message, length delimited. Does not implicitly {@link canopy.raft.SnapshotManifest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.SnapshotManifest
             * @static
             * @param {canopy.raft.SnapshotManifest.$Properties} message SnapshotManifest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SnapshotManifest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SnapshotManifest message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.SnapshotManifest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.SnapshotManifest & canopy.raft.SnapshotManifest.$Shape} SnapshotManifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotManifest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.SnapshotManifest();
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
                            message.meta = $root.canopy.raft.SnapshotMeta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dataBytes = value;
                            else
                                delete message.dataBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.chunkCount = value;
                            else
                                delete message.chunkCount;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.dataCrc = value;
                            else
                                delete message.dataCrc;
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
             * Decodes a SnapshotManifest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.SnapshotManifest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.SnapshotManifest & canopy.raft.SnapshotManifest.$Shape} SnapshotManifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SnapshotManifest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SnapshotManifest message.
             * @function verify
             * @memberof canopy.raft.SnapshotManifest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SnapshotManifest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta")) {
                    let error = $root.canopy.raft.SnapshotMeta.verify(message.meta, _depth + 1);
                    if (error)
                        return "meta." + error;
                }
                if (message.dataBytes != null && $Object.hasOwnProperty.call(message, "dataBytes"))
                    if (!$util.isInteger(message.dataBytes) && !(message.dataBytes && $util.isInteger(message.dataBytes.low) && $util.isInteger(message.dataBytes.high)))
                        return "dataBytes: integer|Long expected";
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                    if (!$util.isInteger(message.chunkCount))
                        return "chunkCount: integer expected";
                if (message.dataCrc != null && $Object.hasOwnProperty.call(message, "dataCrc"))
                    if (!$util.isInteger(message.dataCrc))
                        return "dataCrc: integer expected";
                return null;
            };

            /**
             * Creates a SnapshotManifest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.SnapshotManifest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.SnapshotManifest} SnapshotManifest
             */
            SnapshotManifest.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.SnapshotManifest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.SnapshotManifest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.SnapshotManifest();
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".canopy.raft.SnapshotManifest.meta: object expected");
                    message.meta = $root.canopy.raft.SnapshotMeta.fromObject(object.meta, _depth + 1);
                }
                if (object.dataBytes != null)
                    if (typeof object.dataBytes === "object" ? object.dataBytes.low || object.dataBytes.high : $Number(object.dataBytes) !== 0)
                        if ($util.Long)
                            message.dataBytes = $util.Long.fromValue(object.dataBytes, true);
                        else if (typeof object.dataBytes === "string")
                            message.dataBytes = $parseInt(object.dataBytes, 10);
                        else if (typeof object.dataBytes === "number")
                            message.dataBytes = object.dataBytes;
                        else if (typeof object.dataBytes === "object")
                            message.dataBytes = new $util.LongBits(object.dataBytes.low >>> 0, object.dataBytes.high >>> 0).toNumber(true);
                if (object.chunkCount != null)
                    if ($Number(object.chunkCount) !== 0)
                        message.chunkCount = object.chunkCount >>> 0;
                if (object.dataCrc != null)
                    if ($Number(object.dataCrc) !== 0)
                        message.dataCrc = object.dataCrc >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a SnapshotManifest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.SnapshotManifest
             * @static
             * @param {canopy.raft.SnapshotManifest} message SnapshotManifest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SnapshotManifest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.meta = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.dataBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.dataBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.chunkCount = 0;
                    object.dataCrc = 0;
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.canopy.raft.SnapshotMeta.toObject(message.meta, options, _depth + 1);
                if (message.dataBytes != null && $Object.hasOwnProperty.call(message, "dataBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.dataBytes = typeof message.dataBytes === "number" ? $BigInt(message.dataBytes) : $util.Long.fromBits(message.dataBytes.low >>> 0, message.dataBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.dataBytes === "number")
                        object.dataBytes = options.longs === $String ? $String(message.dataBytes) : message.dataBytes;
                    else
                        object.dataBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.dataBytes) : options.longs === $Number ? new $util.LongBits(message.dataBytes.low >>> 0, message.dataBytes.high >>> 0).toNumber(true) : message.dataBytes;
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount"))
                    object.chunkCount = message.chunkCount;
                if (message.dataCrc != null && $Object.hasOwnProperty.call(message, "dataCrc"))
                    object.dataCrc = message.dataCrc;
                return object;
            };

            /**
             * Converts this SnapshotManifest to JSON.
             * @function toJSON
             * @memberof canopy.raft.SnapshotManifest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SnapshotManifest.prototype.toJSON = function() {
                return SnapshotManifest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SnapshotManifest
             * @function getTypeUrl
             * @memberof canopy.raft.SnapshotManifest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SnapshotManifest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.SnapshotManifest";
            };

            return SnapshotManifest;
        })();

        raft.AppendEntries = (function() {

            /**
             * Properties of an AppendEntries.
             * @typedef {Object} canopy.raft.AppendEntries.$Properties
             * @property {number|Long|null} [prevLogIndex] AppendEntries prevLogIndex
             * @property {number|Long|null} [prevLogTerm] AppendEntries prevLogTerm
             * @property {Array.<canopy.raft.Entry.$Properties>|null} [entries] AppendEntries entries
             * @property {number|Long|null} [leaderCommit] AppendEntries leaderCommit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AppendEntries.
             * @memberof canopy.raft
             * @interface IAppendEntries
             * @augments canopy.raft.AppendEntries.$Properties
             * @deprecated Use canopy.raft.AppendEntries.$Properties instead.
             */

            /**
             * Shape of an AppendEntries.
             * @typedef {{
             *   prevLogIndex?: number|Long|null;
             *   prevLogTerm?: number|Long|null;
             *   entries?: Array.<canopy.raft.Entry.$Shape>|null;
             *   leaderCommit?: number|Long|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} canopy.raft.AppendEntries.$Shape
             */

            /**
             * Constructs a new AppendEntries.
             * @memberof canopy.raft
             * @classdesc Represents an AppendEntries.
             * @constructor
             * @param {canopy.raft.AppendEntries.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AppendEntries = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AppendEntries prevLogIndex.
             * @member {number|Long} prevLogIndex
             * @memberof canopy.raft.AppendEntries
             * @instance
             */
            AppendEntries.prototype.prevLogIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AppendEntries prevLogTerm.
             * @member {number|Long} prevLogTerm
             * @memberof canopy.raft.AppendEntries
             * @instance
             */
            AppendEntries.prototype.prevLogTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AppendEntries entries.
             * @member {Array.<canopy.raft.Entry.$Properties>} entries
             * @memberof canopy.raft.AppendEntries
             * @instance
             */
            AppendEntries.prototype.entries = $util.emptyArray;

            /**
             * AppendEntries leaderCommit.
             * @member {number|Long} leaderCommit
             * @memberof canopy.raft.AppendEntries
             * @instance
             */
            AppendEntries.prototype.leaderCommit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new AppendEntries instance using the specified properties.
             * @function create
             * @memberof canopy.raft.AppendEntries
             * @static
             * @param {canopy.raft.AppendEntries.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.AppendEntries} AppendEntries instance
             * @type {{
             *   (properties: canopy.raft.AppendEntries.$Shape): canopy.raft.AppendEntries & canopy.raft.AppendEntries.$Shape;
             *   (properties?: canopy.raft.AppendEntries.$Properties): canopy.raft.AppendEntries;
             * }}
             */
            AppendEntries.create = function(properties) {
                return new AppendEntries(properties);
            };

            /**
             * Encodes the specified AppendEntries message. Does not implicitly {@link canopy.raft.AppendEntries.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.AppendEntries
             * @static
             * @param {canopy.raft.AppendEntries.$Properties} message AppendEntries message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppendEntries.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.prevLogIndex != null && $Object.hasOwnProperty.call(message, "prevLogIndex") && (typeof message.prevLogIndex === "object" ? message.prevLogIndex.low || message.prevLogIndex.high : message.prevLogIndex !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.prevLogIndex);
                if (message.prevLogTerm != null && $Object.hasOwnProperty.call(message, "prevLogTerm") && (typeof message.prevLogTerm === "object" ? message.prevLogTerm.low || message.prevLogTerm.high : message.prevLogTerm !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.prevLogTerm);
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.canopy.raft.Entry.encode(message.entries[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.leaderCommit != null && $Object.hasOwnProperty.call(message, "leaderCommit") && (typeof message.leaderCommit === "object" ? message.leaderCommit.low || message.leaderCommit.high : message.leaderCommit !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.leaderCommit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AppendEntries message, length delimited. Does not implicitly {@link canopy.raft.AppendEntries.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.AppendEntries
             * @static
             * @param {canopy.raft.AppendEntries.$Properties} message AppendEntries message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppendEntries.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AppendEntries message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.AppendEntries
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.AppendEntries & canopy.raft.AppendEntries.$Shape} AppendEntries
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppendEntries.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.AppendEntries();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.prevLogIndex = value;
                            else
                                delete message.prevLogIndex;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.prevLogTerm = value;
                            else
                                delete message.prevLogTerm;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.entries && message.entries.length))
                                message.entries = [];
                            message.entries.push($root.canopy.raft.Entry.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.leaderCommit = value;
                            else
                                delete message.leaderCommit;
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
             * Decodes an AppendEntries message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.AppendEntries
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.AppendEntries & canopy.raft.AppendEntries.$Shape} AppendEntries
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppendEntries.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AppendEntries message.
             * @function verify
             * @memberof canopy.raft.AppendEntries
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AppendEntries.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.prevLogIndex != null && $Object.hasOwnProperty.call(message, "prevLogIndex"))
                    if (!$util.isInteger(message.prevLogIndex) && !(message.prevLogIndex && $util.isInteger(message.prevLogIndex.low) && $util.isInteger(message.prevLogIndex.high)))
                        return "prevLogIndex: integer|Long expected";
                if (message.prevLogTerm != null && $Object.hasOwnProperty.call(message, "prevLogTerm"))
                    if (!$util.isInteger(message.prevLogTerm) && !(message.prevLogTerm && $util.isInteger(message.prevLogTerm.low) && $util.isInteger(message.prevLogTerm.high)))
                        return "prevLogTerm: integer|Long expected";
                if (message.entries != null && $Object.hasOwnProperty.call(message, "entries")) {
                    if (!$Array.isArray(message.entries))
                        return "entries: array expected";
                    for (let i = 0; i < message.entries.length; ++i) {
                        let error = $root.canopy.raft.Entry.verify(message.entries[i], _depth + 1);
                        if (error)
                            return "entries." + error;
                    }
                }
                if (message.leaderCommit != null && $Object.hasOwnProperty.call(message, "leaderCommit"))
                    if (!$util.isInteger(message.leaderCommit) && !(message.leaderCommit && $util.isInteger(message.leaderCommit.low) && $util.isInteger(message.leaderCommit.high)))
                        return "leaderCommit: integer|Long expected";
                return null;
            };

            /**
             * Creates an AppendEntries message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.AppendEntries
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.AppendEntries} AppendEntries
             */
            AppendEntries.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.AppendEntries)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.AppendEntries: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.AppendEntries();
                if (object.prevLogIndex != null)
                    if (typeof object.prevLogIndex === "object" ? object.prevLogIndex.low || object.prevLogIndex.high : $Number(object.prevLogIndex) !== 0)
                        if ($util.Long)
                            message.prevLogIndex = $util.Long.fromValue(object.prevLogIndex, true);
                        else if (typeof object.prevLogIndex === "string")
                            message.prevLogIndex = $parseInt(object.prevLogIndex, 10);
                        else if (typeof object.prevLogIndex === "number")
                            message.prevLogIndex = object.prevLogIndex;
                        else if (typeof object.prevLogIndex === "object")
                            message.prevLogIndex = new $util.LongBits(object.prevLogIndex.low >>> 0, object.prevLogIndex.high >>> 0).toNumber(true);
                if (object.prevLogTerm != null)
                    if (typeof object.prevLogTerm === "object" ? object.prevLogTerm.low || object.prevLogTerm.high : $Number(object.prevLogTerm) !== 0)
                        if ($util.Long)
                            message.prevLogTerm = $util.Long.fromValue(object.prevLogTerm, true);
                        else if (typeof object.prevLogTerm === "string")
                            message.prevLogTerm = $parseInt(object.prevLogTerm, 10);
                        else if (typeof object.prevLogTerm === "number")
                            message.prevLogTerm = object.prevLogTerm;
                        else if (typeof object.prevLogTerm === "object")
                            message.prevLogTerm = new $util.LongBits(object.prevLogTerm.low >>> 0, object.prevLogTerm.high >>> 0).toNumber(true);
                if (object.entries) {
                    if (!$Array.isArray(object.entries))
                        throw $TypeError(".canopy.raft.AppendEntries.entries: array expected");
                    message.entries = $Array(object.entries.length);
                    for (let i = 0; i < object.entries.length; ++i) {
                        if (!$util.isObject(object.entries[i]))
                            throw $TypeError(".canopy.raft.AppendEntries.entries: object expected");
                        message.entries[i] = $root.canopy.raft.Entry.fromObject(object.entries[i], _depth + 1);
                    }
                }
                if (object.leaderCommit != null)
                    if (typeof object.leaderCommit === "object" ? object.leaderCommit.low || object.leaderCommit.high : $Number(object.leaderCommit) !== 0)
                        if ($util.Long)
                            message.leaderCommit = $util.Long.fromValue(object.leaderCommit, true);
                        else if (typeof object.leaderCommit === "string")
                            message.leaderCommit = $parseInt(object.leaderCommit, 10);
                        else if (typeof object.leaderCommit === "number")
                            message.leaderCommit = object.leaderCommit;
                        else if (typeof object.leaderCommit === "object")
                            message.leaderCommit = new $util.LongBits(object.leaderCommit.low >>> 0, object.leaderCommit.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an AppendEntries message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.AppendEntries
             * @static
             * @param {canopy.raft.AppendEntries} message AppendEntries
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AppendEntries.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.entries = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.prevLogIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.prevLogIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.prevLogTerm = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.prevLogTerm = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.leaderCommit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.leaderCommit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.prevLogIndex != null && $Object.hasOwnProperty.call(message, "prevLogIndex"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.prevLogIndex = typeof message.prevLogIndex === "number" ? $BigInt(message.prevLogIndex) : $util.Long.fromBits(message.prevLogIndex.low >>> 0, message.prevLogIndex.high >>> 0, true).toBigInt();
                    else if (typeof message.prevLogIndex === "number")
                        object.prevLogIndex = options.longs === $String ? $String(message.prevLogIndex) : message.prevLogIndex;
                    else
                        object.prevLogIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.prevLogIndex) : options.longs === $Number ? new $util.LongBits(message.prevLogIndex.low >>> 0, message.prevLogIndex.high >>> 0).toNumber(true) : message.prevLogIndex;
                if (message.prevLogTerm != null && $Object.hasOwnProperty.call(message, "prevLogTerm"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.prevLogTerm = typeof message.prevLogTerm === "number" ? $BigInt(message.prevLogTerm) : $util.Long.fromBits(message.prevLogTerm.low >>> 0, message.prevLogTerm.high >>> 0, true).toBigInt();
                    else if (typeof message.prevLogTerm === "number")
                        object.prevLogTerm = options.longs === $String ? $String(message.prevLogTerm) : message.prevLogTerm;
                    else
                        object.prevLogTerm = options.longs === $String ? $util.Long.prototype.toString.call(message.prevLogTerm) : options.longs === $Number ? new $util.LongBits(message.prevLogTerm.low >>> 0, message.prevLogTerm.high >>> 0).toNumber(true) : message.prevLogTerm;
                if (message.entries && message.entries.length) {
                    object.entries = $Array(message.entries.length);
                    for (let j = 0; j < message.entries.length; ++j)
                        object.entries[j] = $root.canopy.raft.Entry.toObject(message.entries[j], options, _depth + 1);
                }
                if (message.leaderCommit != null && $Object.hasOwnProperty.call(message, "leaderCommit"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.leaderCommit = typeof message.leaderCommit === "number" ? $BigInt(message.leaderCommit) : $util.Long.fromBits(message.leaderCommit.low >>> 0, message.leaderCommit.high >>> 0, true).toBigInt();
                    else if (typeof message.leaderCommit === "number")
                        object.leaderCommit = options.longs === $String ? $String(message.leaderCommit) : message.leaderCommit;
                    else
                        object.leaderCommit = options.longs === $String ? $util.Long.prototype.toString.call(message.leaderCommit) : options.longs === $Number ? new $util.LongBits(message.leaderCommit.low >>> 0, message.leaderCommit.high >>> 0).toNumber(true) : message.leaderCommit;
                return object;
            };

            /**
             * Converts this AppendEntries to JSON.
             * @function toJSON
             * @memberof canopy.raft.AppendEntries
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AppendEntries.prototype.toJSON = function() {
                return AppendEntries.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AppendEntries
             * @function getTypeUrl
             * @memberof canopy.raft.AppendEntries
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AppendEntries.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.AppendEntries";
            };

            return AppendEntries;
        })();

        raft.AppendEntriesResponse = (function() {

            /**
             * Properties of an AppendEntriesResponse.
             * @typedef {Object} canopy.raft.AppendEntriesResponse.$Properties
             * @property {boolean|null} [success] AppendEntriesResponse success
             * @property {number|Long|null} [index] AppendEntriesResponse index
             * @property {number|Long|null} [rejectHint] AppendEntriesResponse rejectHint
             * @property {number|Long|null} [rejectTerm] AppendEntriesResponse rejectTerm
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AppendEntriesResponse.
             * @memberof canopy.raft
             * @interface IAppendEntriesResponse
             * @augments canopy.raft.AppendEntriesResponse.$Properties
             * @deprecated Use canopy.raft.AppendEntriesResponse.$Properties instead.
             */

            /**
             * Shape of an AppendEntriesResponse.
             * @typedef {canopy.raft.AppendEntriesResponse.$Properties} canopy.raft.AppendEntriesResponse.$Shape
             */

            /**
             * Constructs a new AppendEntriesResponse.
             * @memberof canopy.raft
             * @classdesc Represents an AppendEntriesResponse.
             * @constructor
             * @param {canopy.raft.AppendEntriesResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AppendEntriesResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AppendEntriesResponse success.
             * @member {boolean} success
             * @memberof canopy.raft.AppendEntriesResponse
             * @instance
             */
            AppendEntriesResponse.prototype.success = false;

            /**
             * AppendEntriesResponse index.
             * @member {number|Long} index
             * @memberof canopy.raft.AppendEntriesResponse
             * @instance
             */
            AppendEntriesResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AppendEntriesResponse rejectHint.
             * @member {number|Long} rejectHint
             * @memberof canopy.raft.AppendEntriesResponse
             * @instance
             */
            AppendEntriesResponse.prototype.rejectHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * AppendEntriesResponse rejectTerm.
             * @member {number|Long} rejectTerm
             * @memberof canopy.raft.AppendEntriesResponse
             * @instance
             */
            AppendEntriesResponse.prototype.rejectTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new AppendEntriesResponse instance using the specified properties.
             * @function create
             * @memberof canopy.raft.AppendEntriesResponse
             * @static
             * @param {canopy.raft.AppendEntriesResponse.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.AppendEntriesResponse} AppendEntriesResponse instance
             * @type {{
             *   (properties: canopy.raft.AppendEntriesResponse.$Shape): canopy.raft.AppendEntriesResponse & canopy.raft.AppendEntriesResponse.$Shape;
             *   (properties?: canopy.raft.AppendEntriesResponse.$Properties): canopy.raft.AppendEntriesResponse;
             * }}
             */
            AppendEntriesResponse.create = function(properties) {
                return new AppendEntriesResponse(properties);
            };

            /**
             * Encodes the specified AppendEntriesResponse message. Does not implicitly {@link canopy.raft.AppendEntriesResponse.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.AppendEntriesResponse
             * @static
             * @param {canopy.raft.AppendEntriesResponse.$Properties} message AppendEntriesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppendEntriesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.success);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.index);
                if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint") && (typeof message.rejectHint === "object" ? message.rejectHint.low || message.rejectHint.high : message.rejectHint !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.rejectHint);
                if (message.rejectTerm != null && $Object.hasOwnProperty.call(message, "rejectTerm") && (typeof message.rejectTerm === "object" ? message.rejectTerm.low || message.rejectTerm.high : message.rejectTerm !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.rejectTerm);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AppendEntriesResponse message, length delimited. Does not implicitly {@link canopy.raft.AppendEntriesResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.AppendEntriesResponse
             * @static
             * @param {canopy.raft.AppendEntriesResponse.$Properties} message AppendEntriesResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AppendEntriesResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AppendEntriesResponse message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.AppendEntriesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.AppendEntriesResponse & canopy.raft.AppendEntriesResponse.$Shape} AppendEntriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppendEntriesResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.AppendEntriesResponse();
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
                            if (value = reader.bool())
                                message.success = value;
                            else
                                delete message.success;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rejectHint = value;
                            else
                                delete message.rejectHint;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.rejectTerm = value;
                            else
                                delete message.rejectTerm;
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
             * Decodes an AppendEntriesResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.AppendEntriesResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.AppendEntriesResponse & canopy.raft.AppendEntriesResponse.$Shape} AppendEntriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AppendEntriesResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AppendEntriesResponse message.
             * @function verify
             * @memberof canopy.raft.AppendEntriesResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AppendEntriesResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    if (typeof message.success !== "boolean")
                        return "success: boolean expected";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                        return "index: integer|Long expected";
                if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint"))
                    if (!$util.isInteger(message.rejectHint) && !(message.rejectHint && $util.isInteger(message.rejectHint.low) && $util.isInteger(message.rejectHint.high)))
                        return "rejectHint: integer|Long expected";
                if (message.rejectTerm != null && $Object.hasOwnProperty.call(message, "rejectTerm"))
                    if (!$util.isInteger(message.rejectTerm) && !(message.rejectTerm && $util.isInteger(message.rejectTerm.low) && $util.isInteger(message.rejectTerm.high)))
                        return "rejectTerm: integer|Long expected";
                return null;
            };

            /**
             * Creates an AppendEntriesResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.AppendEntriesResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.AppendEntriesResponse} AppendEntriesResponse
             */
            AppendEntriesResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.AppendEntriesResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.AppendEntriesResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.AppendEntriesResponse();
                if (object.success != null)
                    if (object.success)
                        message.success = $Boolean(object.success);
                if (object.index != null)
                    if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                        if ($util.Long)
                            message.index = $util.Long.fromValue(object.index, true);
                        else if (typeof object.index === "string")
                            message.index = $parseInt(object.index, 10);
                        else if (typeof object.index === "number")
                            message.index = object.index;
                        else if (typeof object.index === "object")
                            message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                if (object.rejectHint != null)
                    if (typeof object.rejectHint === "object" ? object.rejectHint.low || object.rejectHint.high : $Number(object.rejectHint) !== 0)
                        if ($util.Long)
                            message.rejectHint = $util.Long.fromValue(object.rejectHint, true);
                        else if (typeof object.rejectHint === "string")
                            message.rejectHint = $parseInt(object.rejectHint, 10);
                        else if (typeof object.rejectHint === "number")
                            message.rejectHint = object.rejectHint;
                        else if (typeof object.rejectHint === "object")
                            message.rejectHint = new $util.LongBits(object.rejectHint.low >>> 0, object.rejectHint.high >>> 0).toNumber(true);
                if (object.rejectTerm != null)
                    if (typeof object.rejectTerm === "object" ? object.rejectTerm.low || object.rejectTerm.high : $Number(object.rejectTerm) !== 0)
                        if ($util.Long)
                            message.rejectTerm = $util.Long.fromValue(object.rejectTerm, true);
                        else if (typeof object.rejectTerm === "string")
                            message.rejectTerm = $parseInt(object.rejectTerm, 10);
                        else if (typeof object.rejectTerm === "number")
                            message.rejectTerm = object.rejectTerm;
                        else if (typeof object.rejectTerm === "object")
                            message.rejectTerm = new $util.LongBits(object.rejectTerm.low >>> 0, object.rejectTerm.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an AppendEntriesResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.AppendEntriesResponse
             * @static
             * @param {canopy.raft.AppendEntriesResponse} message AppendEntriesResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AppendEntriesResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.success = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.rejectHint = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.rejectHint = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.rejectTerm = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.rejectTerm = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.success != null && $Object.hasOwnProperty.call(message, "success"))
                    object.success = message.success;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                    else if (typeof message.index === "number")
                        object.index = options.longs === $String ? $String(message.index) : message.index;
                    else
                        object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.rejectHint = typeof message.rejectHint === "number" ? $BigInt(message.rejectHint) : $util.Long.fromBits(message.rejectHint.low >>> 0, message.rejectHint.high >>> 0, true).toBigInt();
                    else if (typeof message.rejectHint === "number")
                        object.rejectHint = options.longs === $String ? $String(message.rejectHint) : message.rejectHint;
                    else
                        object.rejectHint = options.longs === $String ? $util.Long.prototype.toString.call(message.rejectHint) : options.longs === $Number ? new $util.LongBits(message.rejectHint.low >>> 0, message.rejectHint.high >>> 0).toNumber(true) : message.rejectHint;
                if (message.rejectTerm != null && $Object.hasOwnProperty.call(message, "rejectTerm"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.rejectTerm = typeof message.rejectTerm === "number" ? $BigInt(message.rejectTerm) : $util.Long.fromBits(message.rejectTerm.low >>> 0, message.rejectTerm.high >>> 0, true).toBigInt();
                    else if (typeof message.rejectTerm === "number")
                        object.rejectTerm = options.longs === $String ? $String(message.rejectTerm) : message.rejectTerm;
                    else
                        object.rejectTerm = options.longs === $String ? $util.Long.prototype.toString.call(message.rejectTerm) : options.longs === $Number ? new $util.LongBits(message.rejectTerm.low >>> 0, message.rejectTerm.high >>> 0).toNumber(true) : message.rejectTerm;
                return object;
            };

            /**
             * Converts this AppendEntriesResponse to JSON.
             * @function toJSON
             * @memberof canopy.raft.AppendEntriesResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AppendEntriesResponse.prototype.toJSON = function() {
                return AppendEntriesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AppendEntriesResponse
             * @function getTypeUrl
             * @memberof canopy.raft.AppendEntriesResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AppendEntriesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.AppendEntriesResponse";
            };

            return AppendEntriesResponse;
        })();

        raft.RequestVote = (function() {

            /**
             * Properties of a RequestVote.
             * @typedef {Object} canopy.raft.RequestVote.$Properties
             * @property {boolean|null} [preVote] RequestVote preVote
             * @property {number|Long|null} [lastLogIndex] RequestVote lastLogIndex
             * @property {number|Long|null} [lastLogTerm] RequestVote lastLogTerm
             * @property {boolean|null} [transfer] RequestVote transfer
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestVote.
             * @memberof canopy.raft
             * @interface IRequestVote
             * @augments canopy.raft.RequestVote.$Properties
             * @deprecated Use canopy.raft.RequestVote.$Properties instead.
             */

            /**
             * Shape of a RequestVote.
             * @typedef {canopy.raft.RequestVote.$Properties} canopy.raft.RequestVote.$Shape
             */

            /**
             * Constructs a new RequestVote.
             * @memberof canopy.raft
             * @classdesc Represents a RequestVote.
             * @constructor
             * @param {canopy.raft.RequestVote.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestVote = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestVote preVote.
             * @member {boolean} preVote
             * @memberof canopy.raft.RequestVote
             * @instance
             */
            RequestVote.prototype.preVote = false;

            /**
             * RequestVote lastLogIndex.
             * @member {number|Long} lastLogIndex
             * @memberof canopy.raft.RequestVote
             * @instance
             */
            RequestVote.prototype.lastLogIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RequestVote lastLogTerm.
             * @member {number|Long} lastLogTerm
             * @memberof canopy.raft.RequestVote
             * @instance
             */
            RequestVote.prototype.lastLogTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RequestVote transfer.
             * @member {boolean} transfer
             * @memberof canopy.raft.RequestVote
             * @instance
             */
            RequestVote.prototype.transfer = false;

            /**
             * Creates a new RequestVote instance using the specified properties.
             * @function create
             * @memberof canopy.raft.RequestVote
             * @static
             * @param {canopy.raft.RequestVote.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.RequestVote} RequestVote instance
             * @type {{
             *   (properties: canopy.raft.RequestVote.$Shape): canopy.raft.RequestVote & canopy.raft.RequestVote.$Shape;
             *   (properties?: canopy.raft.RequestVote.$Properties): canopy.raft.RequestVote;
             * }}
             */
            RequestVote.create = function(properties) {
                return new RequestVote(properties);
            };

            /**
             * Encodes the specified RequestVote message. Does not implicitly {@link canopy.raft.RequestVote.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.RequestVote
             * @static
             * @param {canopy.raft.RequestVote.$Properties} message RequestVote message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestVote.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.preVote != null && $Object.hasOwnProperty.call(message, "preVote") && message.preVote !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.preVote);
                if (message.lastLogIndex != null && $Object.hasOwnProperty.call(message, "lastLogIndex") && (typeof message.lastLogIndex === "object" ? message.lastLogIndex.low || message.lastLogIndex.high : message.lastLogIndex !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.lastLogIndex);
                if (message.lastLogTerm != null && $Object.hasOwnProperty.call(message, "lastLogTerm") && (typeof message.lastLogTerm === "object" ? message.lastLogTerm.low || message.lastLogTerm.high : message.lastLogTerm !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.lastLogTerm);
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer") && message.transfer !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.transfer);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RequestVote message, length delimited. Does not implicitly {@link canopy.raft.RequestVote.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.RequestVote
             * @static
             * @param {canopy.raft.RequestVote.$Properties} message RequestVote message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestVote.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RequestVote message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.RequestVote
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.RequestVote & canopy.raft.RequestVote.$Shape} RequestVote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestVote.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.RequestVote();
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
                            if (value = reader.bool())
                                message.preVote = value;
                            else
                                delete message.preVote;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastLogIndex = value;
                            else
                                delete message.lastLogIndex;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastLogTerm = value;
                            else
                                delete message.lastLogTerm;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.transfer = value;
                            else
                                delete message.transfer;
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
             * Decodes a RequestVote message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.RequestVote
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.RequestVote & canopy.raft.RequestVote.$Shape} RequestVote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestVote.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RequestVote message.
             * @function verify
             * @memberof canopy.raft.RequestVote
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RequestVote.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.preVote != null && $Object.hasOwnProperty.call(message, "preVote"))
                    if (typeof message.preVote !== "boolean")
                        return "preVote: boolean expected";
                if (message.lastLogIndex != null && $Object.hasOwnProperty.call(message, "lastLogIndex"))
                    if (!$util.isInteger(message.lastLogIndex) && !(message.lastLogIndex && $util.isInteger(message.lastLogIndex.low) && $util.isInteger(message.lastLogIndex.high)))
                        return "lastLogIndex: integer|Long expected";
                if (message.lastLogTerm != null && $Object.hasOwnProperty.call(message, "lastLogTerm"))
                    if (!$util.isInteger(message.lastLogTerm) && !(message.lastLogTerm && $util.isInteger(message.lastLogTerm.low) && $util.isInteger(message.lastLogTerm.high)))
                        return "lastLogTerm: integer|Long expected";
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer"))
                    if (typeof message.transfer !== "boolean")
                        return "transfer: boolean expected";
                return null;
            };

            /**
             * Creates a RequestVote message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.RequestVote
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.RequestVote} RequestVote
             */
            RequestVote.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.RequestVote)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.RequestVote: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.RequestVote();
                if (object.preVote != null)
                    if (object.preVote)
                        message.preVote = $Boolean(object.preVote);
                if (object.lastLogIndex != null)
                    if (typeof object.lastLogIndex === "object" ? object.lastLogIndex.low || object.lastLogIndex.high : $Number(object.lastLogIndex) !== 0)
                        if ($util.Long)
                            message.lastLogIndex = $util.Long.fromValue(object.lastLogIndex, true);
                        else if (typeof object.lastLogIndex === "string")
                            message.lastLogIndex = $parseInt(object.lastLogIndex, 10);
                        else if (typeof object.lastLogIndex === "number")
                            message.lastLogIndex = object.lastLogIndex;
                        else if (typeof object.lastLogIndex === "object")
                            message.lastLogIndex = new $util.LongBits(object.lastLogIndex.low >>> 0, object.lastLogIndex.high >>> 0).toNumber(true);
                if (object.lastLogTerm != null)
                    if (typeof object.lastLogTerm === "object" ? object.lastLogTerm.low || object.lastLogTerm.high : $Number(object.lastLogTerm) !== 0)
                        if ($util.Long)
                            message.lastLogTerm = $util.Long.fromValue(object.lastLogTerm, true);
                        else if (typeof object.lastLogTerm === "string")
                            message.lastLogTerm = $parseInt(object.lastLogTerm, 10);
                        else if (typeof object.lastLogTerm === "number")
                            message.lastLogTerm = object.lastLogTerm;
                        else if (typeof object.lastLogTerm === "object")
                            message.lastLogTerm = new $util.LongBits(object.lastLogTerm.low >>> 0, object.lastLogTerm.high >>> 0).toNumber(true);
                if (object.transfer != null)
                    if (object.transfer)
                        message.transfer = $Boolean(object.transfer);
                return message;
            };

            /**
             * Creates a plain object from a RequestVote message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.RequestVote
             * @static
             * @param {canopy.raft.RequestVote} message RequestVote
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestVote.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.preVote = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastLogIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastLogIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastLogTerm = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastLogTerm = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.transfer = false;
                }
                if (message.preVote != null && $Object.hasOwnProperty.call(message, "preVote"))
                    object.preVote = message.preVote;
                if (message.lastLogIndex != null && $Object.hasOwnProperty.call(message, "lastLogIndex"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastLogIndex = typeof message.lastLogIndex === "number" ? $BigInt(message.lastLogIndex) : $util.Long.fromBits(message.lastLogIndex.low >>> 0, message.lastLogIndex.high >>> 0, true).toBigInt();
                    else if (typeof message.lastLogIndex === "number")
                        object.lastLogIndex = options.longs === $String ? $String(message.lastLogIndex) : message.lastLogIndex;
                    else
                        object.lastLogIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.lastLogIndex) : options.longs === $Number ? new $util.LongBits(message.lastLogIndex.low >>> 0, message.lastLogIndex.high >>> 0).toNumber(true) : message.lastLogIndex;
                if (message.lastLogTerm != null && $Object.hasOwnProperty.call(message, "lastLogTerm"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastLogTerm = typeof message.lastLogTerm === "number" ? $BigInt(message.lastLogTerm) : $util.Long.fromBits(message.lastLogTerm.low >>> 0, message.lastLogTerm.high >>> 0, true).toBigInt();
                    else if (typeof message.lastLogTerm === "number")
                        object.lastLogTerm = options.longs === $String ? $String(message.lastLogTerm) : message.lastLogTerm;
                    else
                        object.lastLogTerm = options.longs === $String ? $util.Long.prototype.toString.call(message.lastLogTerm) : options.longs === $Number ? new $util.LongBits(message.lastLogTerm.low >>> 0, message.lastLogTerm.high >>> 0).toNumber(true) : message.lastLogTerm;
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer"))
                    object.transfer = message.transfer;
                return object;
            };

            /**
             * Converts this RequestVote to JSON.
             * @function toJSON
             * @memberof canopy.raft.RequestVote
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestVote.prototype.toJSON = function() {
                return RequestVote.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestVote
             * @function getTypeUrl
             * @memberof canopy.raft.RequestVote
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestVote.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.RequestVote";
            };

            return RequestVote;
        })();

        raft.RequestVoteResponse = (function() {

            /**
             * Properties of a RequestVoteResponse.
             * @typedef {Object} canopy.raft.RequestVoteResponse.$Properties
             * @property {boolean|null} [preVote] RequestVoteResponse preVote
             * @property {boolean|null} [granted] RequestVoteResponse granted
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RequestVoteResponse.
             * @memberof canopy.raft
             * @interface IRequestVoteResponse
             * @augments canopy.raft.RequestVoteResponse.$Properties
             * @deprecated Use canopy.raft.RequestVoteResponse.$Properties instead.
             */

            /**
             * Shape of a RequestVoteResponse.
             * @typedef {canopy.raft.RequestVoteResponse.$Properties} canopy.raft.RequestVoteResponse.$Shape
             */

            /**
             * Constructs a new RequestVoteResponse.
             * @memberof canopy.raft
             * @classdesc Represents a RequestVoteResponse.
             * @constructor
             * @param {canopy.raft.RequestVoteResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RequestVoteResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RequestVoteResponse preVote.
             * @member {boolean} preVote
             * @memberof canopy.raft.RequestVoteResponse
             * @instance
             */
            RequestVoteResponse.prototype.preVote = false;

            /**
             * RequestVoteResponse granted.
             * @member {boolean} granted
             * @memberof canopy.raft.RequestVoteResponse
             * @instance
             */
            RequestVoteResponse.prototype.granted = false;

            /**
             * Creates a new RequestVoteResponse instance using the specified properties.
             * @function create
             * @memberof canopy.raft.RequestVoteResponse
             * @static
             * @param {canopy.raft.RequestVoteResponse.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.RequestVoteResponse} RequestVoteResponse instance
             * @type {{
             *   (properties: canopy.raft.RequestVoteResponse.$Shape): canopy.raft.RequestVoteResponse & canopy.raft.RequestVoteResponse.$Shape;
             *   (properties?: canopy.raft.RequestVoteResponse.$Properties): canopy.raft.RequestVoteResponse;
             * }}
             */
            RequestVoteResponse.create = function(properties) {
                return new RequestVoteResponse(properties);
            };

            /**
             * Encodes the specified RequestVoteResponse message. Does not implicitly {@link canopy.raft.RequestVoteResponse.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.RequestVoteResponse
             * @static
             * @param {canopy.raft.RequestVoteResponse.$Properties} message RequestVoteResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestVoteResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.preVote != null && $Object.hasOwnProperty.call(message, "preVote") && message.preVote !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.preVote);
                if (message.granted != null && $Object.hasOwnProperty.call(message, "granted") && message.granted !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.granted);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RequestVoteResponse message, length delimited. Does not implicitly {@link canopy.raft.RequestVoteResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.RequestVoteResponse
             * @static
             * @param {canopy.raft.RequestVoteResponse.$Properties} message RequestVoteResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RequestVoteResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RequestVoteResponse message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.RequestVoteResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.RequestVoteResponse & canopy.raft.RequestVoteResponse.$Shape} RequestVoteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestVoteResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.RequestVoteResponse();
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
                            if (value = reader.bool())
                                message.preVote = value;
                            else
                                delete message.preVote;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.granted = value;
                            else
                                delete message.granted;
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
             * Decodes a RequestVoteResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.RequestVoteResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.RequestVoteResponse & canopy.raft.RequestVoteResponse.$Shape} RequestVoteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RequestVoteResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RequestVoteResponse message.
             * @function verify
             * @memberof canopy.raft.RequestVoteResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RequestVoteResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.preVote != null && $Object.hasOwnProperty.call(message, "preVote"))
                    if (typeof message.preVote !== "boolean")
                        return "preVote: boolean expected";
                if (message.granted != null && $Object.hasOwnProperty.call(message, "granted"))
                    if (typeof message.granted !== "boolean")
                        return "granted: boolean expected";
                return null;
            };

            /**
             * Creates a RequestVoteResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.RequestVoteResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.RequestVoteResponse} RequestVoteResponse
             */
            RequestVoteResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.RequestVoteResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.RequestVoteResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.RequestVoteResponse();
                if (object.preVote != null)
                    if (object.preVote)
                        message.preVote = $Boolean(object.preVote);
                if (object.granted != null)
                    if (object.granted)
                        message.granted = $Boolean(object.granted);
                return message;
            };

            /**
             * Creates a plain object from a RequestVoteResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.RequestVoteResponse
             * @static
             * @param {canopy.raft.RequestVoteResponse} message RequestVoteResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RequestVoteResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.preVote = false;
                    object.granted = false;
                }
                if (message.preVote != null && $Object.hasOwnProperty.call(message, "preVote"))
                    object.preVote = message.preVote;
                if (message.granted != null && $Object.hasOwnProperty.call(message, "granted"))
                    object.granted = message.granted;
                return object;
            };

            /**
             * Converts this RequestVoteResponse to JSON.
             * @function toJSON
             * @memberof canopy.raft.RequestVoteResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RequestVoteResponse.prototype.toJSON = function() {
                return RequestVoteResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RequestVoteResponse
             * @function getTypeUrl
             * @memberof canopy.raft.RequestVoteResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RequestVoteResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.RequestVoteResponse";
            };

            return RequestVoteResponse;
        })();

        raft.Heartbeat = (function() {

            /**
             * Properties of a Heartbeat.
             * @typedef {Object} canopy.raft.Heartbeat.$Properties
             * @property {number|Long|null} [commit] Heartbeat commit
             * @property {string|null} [context] Heartbeat context
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Heartbeat.
             * @memberof canopy.raft
             * @interface IHeartbeat
             * @augments canopy.raft.Heartbeat.$Properties
             * @deprecated Use canopy.raft.Heartbeat.$Properties instead.
             */

            /**
             * Shape of a Heartbeat.
             * @typedef {canopy.raft.Heartbeat.$Properties} canopy.raft.Heartbeat.$Shape
             */

            /**
             * Constructs a new Heartbeat.
             * @memberof canopy.raft
             * @classdesc Represents a Heartbeat.
             * @constructor
             * @param {canopy.raft.Heartbeat.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Heartbeat commit.
             * @member {number|Long} commit
             * @memberof canopy.raft.Heartbeat
             * @instance
             */
            Heartbeat.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Heartbeat context.
             * @member {string} context
             * @memberof canopy.raft.Heartbeat
             * @instance
             */
            Heartbeat.prototype.context = "";

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @function create
             * @memberof canopy.raft.Heartbeat
             * @static
             * @param {canopy.raft.Heartbeat.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.Heartbeat} Heartbeat instance
             * @type {{
             *   (properties: canopy.raft.Heartbeat.$Shape): canopy.raft.Heartbeat & canopy.raft.Heartbeat.$Shape;
             *   (properties?: canopy.raft.Heartbeat.$Properties): canopy.raft.Heartbeat;
             * }}
             */
            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link canopy.raft.Heartbeat.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.Heartbeat
             * @static
             * @param {canopy.raft.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.commit);
                if (message.context != null && $Object.hasOwnProperty.call(message, "context") && message.context !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.context);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link canopy.raft.Heartbeat.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.Heartbeat
             * @static
             * @param {canopy.raft.Heartbeat.$Properties} message Heartbeat message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Heartbeat.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.Heartbeat & canopy.raft.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.Heartbeat();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.commit = value;
                            else
                                delete message.commit;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.context = value;
                            else
                                delete message.context;
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
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.Heartbeat
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.Heartbeat & canopy.raft.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Heartbeat.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Heartbeat message.
             * @function verify
             * @memberof canopy.raft.Heartbeat
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Heartbeat.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    if (!$util.isInteger(message.commit) && !(message.commit && $util.isInteger(message.commit.low) && $util.isInteger(message.commit.high)))
                        return "commit: integer|Long expected";
                if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                    if (!$util.isString(message.context))
                        return "context: string expected";
                return null;
            };

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.Heartbeat
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.Heartbeat} Heartbeat
             */
            Heartbeat.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.Heartbeat)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.Heartbeat: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.Heartbeat();
                if (object.commit != null)
                    if (typeof object.commit === "object" ? object.commit.low || object.commit.high : $Number(object.commit) !== 0)
                        if ($util.Long)
                            message.commit = $util.Long.fromValue(object.commit, true);
                        else if (typeof object.commit === "string")
                            message.commit = $parseInt(object.commit, 10);
                        else if (typeof object.commit === "number")
                            message.commit = object.commit;
                        else if (typeof object.commit === "object")
                            message.commit = new $util.LongBits(object.commit.low >>> 0, object.commit.high >>> 0).toNumber(true);
                if (object.context != null)
                    if (typeof object.context !== "string" || object.context.length)
                        message.context = $String(object.context);
                return message;
            };

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.Heartbeat
             * @static
             * @param {canopy.raft.Heartbeat} message Heartbeat
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Heartbeat.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.commit = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.commit = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.context = "";
                }
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.commit = typeof message.commit === "number" ? $BigInt(message.commit) : $util.Long.fromBits(message.commit.low >>> 0, message.commit.high >>> 0, true).toBigInt();
                    else if (typeof message.commit === "number")
                        object.commit = options.longs === $String ? $String(message.commit) : message.commit;
                    else
                        object.commit = options.longs === $String ? $util.Long.prototype.toString.call(message.commit) : options.longs === $Number ? new $util.LongBits(message.commit.low >>> 0, message.commit.high >>> 0).toNumber(true) : message.commit;
                if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                    object.context = message.context;
                return object;
            };

            /**
             * Converts this Heartbeat to JSON.
             * @function toJSON
             * @memberof canopy.raft.Heartbeat
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Heartbeat
             * @function getTypeUrl
             * @memberof canopy.raft.Heartbeat
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.Heartbeat";
            };

            return Heartbeat;
        })();

        raft.HeartbeatResponse = (function() {

            /**
             * Properties of a HeartbeatResponse.
             * @typedef {Object} canopy.raft.HeartbeatResponse.$Properties
             * @property {string|null} [context] HeartbeatResponse context
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HeartbeatResponse.
             * @memberof canopy.raft
             * @interface IHeartbeatResponse
             * @augments canopy.raft.HeartbeatResponse.$Properties
             * @deprecated Use canopy.raft.HeartbeatResponse.$Properties instead.
             */

            /**
             * Shape of a HeartbeatResponse.
             * @typedef {canopy.raft.HeartbeatResponse.$Properties} canopy.raft.HeartbeatResponse.$Shape
             */

            /**
             * Constructs a new HeartbeatResponse.
             * @memberof canopy.raft
             * @classdesc Represents a HeartbeatResponse.
             * @constructor
             * @param {canopy.raft.HeartbeatResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HeartbeatResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HeartbeatResponse context.
             * @member {string} context
             * @memberof canopy.raft.HeartbeatResponse
             * @instance
             */
            HeartbeatResponse.prototype.context = "";

            /**
             * Creates a new HeartbeatResponse instance using the specified properties.
             * @function create
             * @memberof canopy.raft.HeartbeatResponse
             * @static
             * @param {canopy.raft.HeartbeatResponse.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.HeartbeatResponse} HeartbeatResponse instance
             * @type {{
             *   (properties: canopy.raft.HeartbeatResponse.$Shape): canopy.raft.HeartbeatResponse & canopy.raft.HeartbeatResponse.$Shape;
             *   (properties?: canopy.raft.HeartbeatResponse.$Properties): canopy.raft.HeartbeatResponse;
             * }}
             */
            HeartbeatResponse.create = function(properties) {
                return new HeartbeatResponse(properties);
            };

            /**
             * Encodes the specified HeartbeatResponse message. Does not implicitly {@link canopy.raft.HeartbeatResponse.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.HeartbeatResponse
             * @static
             * @param {canopy.raft.HeartbeatResponse.$Properties} message HeartbeatResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.context != null && $Object.hasOwnProperty.call(message, "context") && message.context !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.context);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified HeartbeatResponse message, length delimited. Does not implicitly {@link canopy.raft.HeartbeatResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.HeartbeatResponse
             * @static
             * @param {canopy.raft.HeartbeatResponse.$Properties} message HeartbeatResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HeartbeatResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a HeartbeatResponse message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.HeartbeatResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.HeartbeatResponse & canopy.raft.HeartbeatResponse.$Shape} HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.HeartbeatResponse();
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
                            if ((value = reader.stringVerify()).length)
                                message.context = value;
                            else
                                delete message.context;
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
             * Decodes a HeartbeatResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.HeartbeatResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.HeartbeatResponse & canopy.raft.HeartbeatResponse.$Shape} HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HeartbeatResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a HeartbeatResponse message.
             * @function verify
             * @memberof canopy.raft.HeartbeatResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HeartbeatResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                    if (!$util.isString(message.context))
                        return "context: string expected";
                return null;
            };

            /**
             * Creates a HeartbeatResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.HeartbeatResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.HeartbeatResponse} HeartbeatResponse
             */
            HeartbeatResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.HeartbeatResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.HeartbeatResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.HeartbeatResponse();
                if (object.context != null)
                    if (typeof object.context !== "string" || object.context.length)
                        message.context = $String(object.context);
                return message;
            };

            /**
             * Creates a plain object from a HeartbeatResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.HeartbeatResponse
             * @static
             * @param {canopy.raft.HeartbeatResponse} message HeartbeatResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HeartbeatResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.context = "";
                if (message.context != null && $Object.hasOwnProperty.call(message, "context"))
                    object.context = message.context;
                return object;
            };

            /**
             * Converts this HeartbeatResponse to JSON.
             * @function toJSON
             * @memberof canopy.raft.HeartbeatResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HeartbeatResponse.prototype.toJSON = function() {
                return HeartbeatResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HeartbeatResponse
             * @function getTypeUrl
             * @memberof canopy.raft.HeartbeatResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HeartbeatResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.HeartbeatResponse";
            };

            return HeartbeatResponse;
        })();

        raft.InstallSnapshot = (function() {

            /**
             * Properties of an InstallSnapshot.
             * @typedef {Object} canopy.raft.InstallSnapshot.$Properties
             * @property {canopy.raft.SnapshotMeta.$Properties|null} [meta] InstallSnapshot meta
             * @property {number|Long|null} [offset] InstallSnapshot offset
             * @property {Uint8Array|null} [chunk] InstallSnapshot chunk
             * @property {boolean|null} [done] InstallSnapshot done
             * @property {number|Long|null} [totalBytes] InstallSnapshot totalBytes
             * @property {number|null} [checksum] InstallSnapshot checksum
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InstallSnapshot.
             * @memberof canopy.raft
             * @interface IInstallSnapshot
             * @augments canopy.raft.InstallSnapshot.$Properties
             * @deprecated Use canopy.raft.InstallSnapshot.$Properties instead.
             */

            /**
             * Shape of an InstallSnapshot.
             * @typedef {canopy.raft.InstallSnapshot.$Properties} canopy.raft.InstallSnapshot.$Shape
             */

            /**
             * Constructs a new InstallSnapshot.
             * @memberof canopy.raft
             * @classdesc Represents an InstallSnapshot.
             * @constructor
             * @param {canopy.raft.InstallSnapshot.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InstallSnapshot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InstallSnapshot meta.
             * @member {canopy.raft.SnapshotMeta.$Properties|null|undefined} meta
             * @memberof canopy.raft.InstallSnapshot
             * @instance
             */
            InstallSnapshot.prototype.meta = null;

            /**
             * InstallSnapshot offset.
             * @member {number|Long} offset
             * @memberof canopy.raft.InstallSnapshot
             * @instance
             */
            InstallSnapshot.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * InstallSnapshot chunk.
             * @member {Uint8Array} chunk
             * @memberof canopy.raft.InstallSnapshot
             * @instance
             */
            InstallSnapshot.prototype.chunk = $util.newBuffer([]);

            /**
             * InstallSnapshot done.
             * @member {boolean} done
             * @memberof canopy.raft.InstallSnapshot
             * @instance
             */
            InstallSnapshot.prototype.done = false;

            /**
             * InstallSnapshot totalBytes.
             * @member {number|Long} totalBytes
             * @memberof canopy.raft.InstallSnapshot
             * @instance
             */
            InstallSnapshot.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * InstallSnapshot checksum.
             * @member {number} checksum
             * @memberof canopy.raft.InstallSnapshot
             * @instance
             */
            InstallSnapshot.prototype.checksum = 0;

            /**
             * Creates a new InstallSnapshot instance using the specified properties.
             * @function create
             * @memberof canopy.raft.InstallSnapshot
             * @static
             * @param {canopy.raft.InstallSnapshot.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.InstallSnapshot} InstallSnapshot instance
             * @type {{
             *   (properties: canopy.raft.InstallSnapshot.$Shape): canopy.raft.InstallSnapshot & canopy.raft.InstallSnapshot.$Shape;
             *   (properties?: canopy.raft.InstallSnapshot.$Properties): canopy.raft.InstallSnapshot;
             * }}
             */
            InstallSnapshot.create = function(properties) {
                return new InstallSnapshot(properties);
            };

            /**
             * Encodes the specified InstallSnapshot message. Does not implicitly {@link canopy.raft.InstallSnapshot.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.InstallSnapshot
             * @static
             * @param {canopy.raft.InstallSnapshot.$Properties} message InstallSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InstallSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.canopy.raft.SnapshotMeta.encode(message.meta, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.offset);
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk") && message.chunk.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.chunk);
                if (message.done != null && $Object.hasOwnProperty.call(message, "done") && message.done !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.done);
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.totalBytes);
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum") && message.checksum !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.checksum);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified InstallSnapshot message, length delimited. Does not implicitly {@link canopy.raft.InstallSnapshot.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.InstallSnapshot
             * @static
             * @param {canopy.raft.InstallSnapshot.$Properties} message InstallSnapshot message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InstallSnapshot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an InstallSnapshot message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.InstallSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.InstallSnapshot & canopy.raft.InstallSnapshot.$Shape} InstallSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InstallSnapshot.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.InstallSnapshot();
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
                            message.meta = $root.canopy.raft.SnapshotMeta.decode(reader, reader.size(), $undefined, _depth + 1, message.meta);
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.chunk = value;
                            else
                                delete message.chunk;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.done = value;
                            else
                                delete message.done;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.totalBytes = value;
                            else
                                delete message.totalBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.checksum = value;
                            else
                                delete message.checksum;
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
             * Decodes an InstallSnapshot message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.InstallSnapshot
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.InstallSnapshot & canopy.raft.InstallSnapshot.$Shape} InstallSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InstallSnapshot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an InstallSnapshot message.
             * @function verify
             * @memberof canopy.raft.InstallSnapshot
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InstallSnapshot.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta")) {
                    let error = $root.canopy.raft.SnapshotMeta.verify(message.meta, _depth + 1);
                    if (error)
                        return "meta." + error;
                }
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (!$util.isInteger(message.offset) && !(message.offset && $util.isInteger(message.offset.low) && $util.isInteger(message.offset.high)))
                        return "offset: integer|Long expected";
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    if (!(message.chunk && typeof message.chunk.length === "number" || $util.isString(message.chunk)))
                        return "chunk: buffer expected";
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    if (typeof message.done !== "boolean")
                        return "done: boolean expected";
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                    if (!$util.isInteger(message.totalBytes) && !(message.totalBytes && $util.isInteger(message.totalBytes.low) && $util.isInteger(message.totalBytes.high)))
                        return "totalBytes: integer|Long expected";
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                    if (!$util.isInteger(message.checksum))
                        return "checksum: integer expected";
                return null;
            };

            /**
             * Creates an InstallSnapshot message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.InstallSnapshot
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.InstallSnapshot} InstallSnapshot
             */
            InstallSnapshot.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.InstallSnapshot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.InstallSnapshot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.InstallSnapshot();
                if (object.meta != null) {
                    if (!$util.isObject(object.meta))
                        throw $TypeError(".canopy.raft.InstallSnapshot.meta: object expected");
                    message.meta = $root.canopy.raft.SnapshotMeta.fromObject(object.meta, _depth + 1);
                }
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                if (object.chunk != null)
                    if (object.chunk.length)
                        if (typeof object.chunk === "string")
                            $util.base64.decode(object.chunk, message.chunk = $util.newBuffer($util.base64.length(object.chunk)), 0);
                        else if (object.chunk.length >= 0)
                            message.chunk = object.chunk;
                if (object.done != null)
                    if (object.done)
                        message.done = $Boolean(object.done);
                if (object.totalBytes != null)
                    if (typeof object.totalBytes === "object" ? object.totalBytes.low || object.totalBytes.high : $Number(object.totalBytes) !== 0)
                        if ($util.Long)
                            message.totalBytes = $util.Long.fromValue(object.totalBytes, true);
                        else if (typeof object.totalBytes === "string")
                            message.totalBytes = $parseInt(object.totalBytes, 10);
                        else if (typeof object.totalBytes === "number")
                            message.totalBytes = object.totalBytes;
                        else if (typeof object.totalBytes === "object")
                            message.totalBytes = new $util.LongBits(object.totalBytes.low >>> 0, object.totalBytes.high >>> 0).toNumber(true);
                if (object.checksum != null)
                    if ($Number(object.checksum) !== 0)
                        message.checksum = object.checksum >>> 0;
                return message;
            };

            /**
             * Creates a plain object from an InstallSnapshot message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.InstallSnapshot
             * @static
             * @param {canopy.raft.InstallSnapshot} message InstallSnapshot
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InstallSnapshot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.meta = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.chunk = "";
                    else {
                        object.chunk = [];
                        if (options.bytes !== $Array)
                            object.chunk = $util.newBuffer(object.chunk);
                    }
                    object.done = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.totalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.totalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.checksum = 0;
                }
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    object.meta = $root.canopy.raft.SnapshotMeta.toObject(message.meta, options, _depth + 1);
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk"))
                    object.chunk = options.bytes === $String ? $util.base64.encode(message.chunk, 0, message.chunk.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.chunk) : message.chunk;
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    object.done = message.done;
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.totalBytes = typeof message.totalBytes === "number" ? $BigInt(message.totalBytes) : $util.Long.fromBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.totalBytes === "number")
                        object.totalBytes = options.longs === $String ? $String(message.totalBytes) : message.totalBytes;
                    else
                        object.totalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.totalBytes) : options.longs === $Number ? new $util.LongBits(message.totalBytes.low >>> 0, message.totalBytes.high >>> 0).toNumber(true) : message.totalBytes;
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum"))
                    object.checksum = message.checksum;
                return object;
            };

            /**
             * Converts this InstallSnapshot to JSON.
             * @function toJSON
             * @memberof canopy.raft.InstallSnapshot
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InstallSnapshot.prototype.toJSON = function() {
                return InstallSnapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InstallSnapshot
             * @function getTypeUrl
             * @memberof canopy.raft.InstallSnapshot
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InstallSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.InstallSnapshot";
            };

            return InstallSnapshot;
        })();

        raft.InstallSnapshotResponse = (function() {

            /**
             * Properties of an InstallSnapshotResponse.
             * @typedef {Object} canopy.raft.InstallSnapshotResponse.$Properties
             * @property {number|Long|null} [offset] InstallSnapshotResponse offset
             * @property {number|Long|null} [index] InstallSnapshotResponse index
             * @property {boolean|null} [done] InstallSnapshotResponse done
             * @property {boolean|null} [reject] InstallSnapshotResponse reject
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InstallSnapshotResponse.
             * @memberof canopy.raft
             * @interface IInstallSnapshotResponse
             * @augments canopy.raft.InstallSnapshotResponse.$Properties
             * @deprecated Use canopy.raft.InstallSnapshotResponse.$Properties instead.
             */

            /**
             * Shape of an InstallSnapshotResponse.
             * @typedef {canopy.raft.InstallSnapshotResponse.$Properties} canopy.raft.InstallSnapshotResponse.$Shape
             */

            /**
             * Constructs a new InstallSnapshotResponse.
             * @memberof canopy.raft
             * @classdesc Represents an InstallSnapshotResponse.
             * @constructor
             * @param {canopy.raft.InstallSnapshotResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InstallSnapshotResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * InstallSnapshotResponse offset.
             * @member {number|Long} offset
             * @memberof canopy.raft.InstallSnapshotResponse
             * @instance
             */
            InstallSnapshotResponse.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * InstallSnapshotResponse index.
             * @member {number|Long} index
             * @memberof canopy.raft.InstallSnapshotResponse
             * @instance
             */
            InstallSnapshotResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * InstallSnapshotResponse done.
             * @member {boolean} done
             * @memberof canopy.raft.InstallSnapshotResponse
             * @instance
             */
            InstallSnapshotResponse.prototype.done = false;

            /**
             * InstallSnapshotResponse reject.
             * @member {boolean} reject
             * @memberof canopy.raft.InstallSnapshotResponse
             * @instance
             */
            InstallSnapshotResponse.prototype.reject = false;

            /**
             * Creates a new InstallSnapshotResponse instance using the specified properties.
             * @function create
             * @memberof canopy.raft.InstallSnapshotResponse
             * @static
             * @param {canopy.raft.InstallSnapshotResponse.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.InstallSnapshotResponse} InstallSnapshotResponse instance
             * @type {{
             *   (properties: canopy.raft.InstallSnapshotResponse.$Shape): canopy.raft.InstallSnapshotResponse & canopy.raft.InstallSnapshotResponse.$Shape;
             *   (properties?: canopy.raft.InstallSnapshotResponse.$Properties): canopy.raft.InstallSnapshotResponse;
             * }}
             */
            InstallSnapshotResponse.create = function(properties) {
                return new InstallSnapshotResponse(properties);
            };

            /**
             * Encodes the specified InstallSnapshotResponse message. Does not implicitly {@link canopy.raft.InstallSnapshotResponse.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.InstallSnapshotResponse
             * @static
             * @param {canopy.raft.InstallSnapshotResponse.$Properties} message InstallSnapshotResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InstallSnapshotResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.offset);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.index);
                if (message.done != null && $Object.hasOwnProperty.call(message, "done") && message.done !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.done);
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject") && message.reject !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.reject);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified InstallSnapshotResponse message, length delimited. Does not implicitly {@link canopy.raft.InstallSnapshotResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.InstallSnapshotResponse
             * @static
             * @param {canopy.raft.InstallSnapshotResponse.$Properties} message InstallSnapshotResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InstallSnapshotResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an InstallSnapshotResponse message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.InstallSnapshotResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.InstallSnapshotResponse & canopy.raft.InstallSnapshotResponse.$Shape} InstallSnapshotResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InstallSnapshotResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.InstallSnapshotResponse();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offset = value;
                            else
                                delete message.offset;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.done = value;
                            else
                                delete message.done;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.reject = value;
                            else
                                delete message.reject;
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
             * Decodes an InstallSnapshotResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.InstallSnapshotResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.InstallSnapshotResponse & canopy.raft.InstallSnapshotResponse.$Shape} InstallSnapshotResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InstallSnapshotResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an InstallSnapshotResponse message.
             * @function verify
             * @memberof canopy.raft.InstallSnapshotResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InstallSnapshotResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (!$util.isInteger(message.offset) && !(message.offset && $util.isInteger(message.offset.low) && $util.isInteger(message.offset.high)))
                        return "offset: integer|Long expected";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                        return "index: integer|Long expected";
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    if (typeof message.done !== "boolean")
                        return "done: boolean expected";
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject"))
                    if (typeof message.reject !== "boolean")
                        return "reject: boolean expected";
                return null;
            };

            /**
             * Creates an InstallSnapshotResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.InstallSnapshotResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.InstallSnapshotResponse} InstallSnapshotResponse
             */
            InstallSnapshotResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.InstallSnapshotResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.InstallSnapshotResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.InstallSnapshotResponse();
                if (object.offset != null)
                    if (typeof object.offset === "object" ? object.offset.low || object.offset.high : $Number(object.offset) !== 0)
                        if ($util.Long)
                            message.offset = $util.Long.fromValue(object.offset, true);
                        else if (typeof object.offset === "string")
                            message.offset = $parseInt(object.offset, 10);
                        else if (typeof object.offset === "number")
                            message.offset = object.offset;
                        else if (typeof object.offset === "object")
                            message.offset = new $util.LongBits(object.offset.low >>> 0, object.offset.high >>> 0).toNumber(true);
                if (object.index != null)
                    if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                        if ($util.Long)
                            message.index = $util.Long.fromValue(object.index, true);
                        else if (typeof object.index === "string")
                            message.index = $parseInt(object.index, 10);
                        else if (typeof object.index === "number")
                            message.index = object.index;
                        else if (typeof object.index === "object")
                            message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber(true);
                if (object.done != null)
                    if (object.done)
                        message.done = $Boolean(object.done);
                if (object.reject != null)
                    if (object.reject)
                        message.reject = $Boolean(object.reject);
                return message;
            };

            /**
             * Creates a plain object from an InstallSnapshotResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.InstallSnapshotResponse
             * @static
             * @param {canopy.raft.InstallSnapshotResponse} message InstallSnapshotResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InstallSnapshotResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.offset = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offset = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.done = false;
                    object.reject = false;
                }
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offset = typeof message.offset === "number" ? $BigInt(message.offset) : $util.Long.fromBits(message.offset.low >>> 0, message.offset.high >>> 0, true).toBigInt();
                    else if (typeof message.offset === "number")
                        object.offset = options.longs === $String ? $String(message.offset) : message.offset;
                    else
                        object.offset = options.longs === $String ? $util.Long.prototype.toString.call(message.offset) : options.longs === $Number ? new $util.LongBits(message.offset.low >>> 0, message.offset.high >>> 0).toNumber(true) : message.offset;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, true).toBigInt();
                    else if (typeof message.index === "number")
                        object.index = options.longs === $String ? $String(message.index) : message.index;
                    else
                        object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber(true) : message.index;
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    object.done = message.done;
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject"))
                    object.reject = message.reject;
                return object;
            };

            /**
             * Converts this InstallSnapshotResponse to JSON.
             * @function toJSON
             * @memberof canopy.raft.InstallSnapshotResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InstallSnapshotResponse.prototype.toJSON = function() {
                return InstallSnapshotResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InstallSnapshotResponse
             * @function getTypeUrl
             * @memberof canopy.raft.InstallSnapshotResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InstallSnapshotResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.InstallSnapshotResponse";
            };

            return InstallSnapshotResponse;
        })();

        raft.TimeoutNow = (function() {

            /**
             * Properties of a TimeoutNow.
             * @typedef {Object} canopy.raft.TimeoutNow.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TimeoutNow.
             * @memberof canopy.raft
             * @interface ITimeoutNow
             * @augments canopy.raft.TimeoutNow.$Properties
             * @deprecated Use canopy.raft.TimeoutNow.$Properties instead.
             */

            /**
             * Shape of a TimeoutNow.
             * @typedef {canopy.raft.TimeoutNow.$Properties} canopy.raft.TimeoutNow.$Shape
             */

            /**
             * Constructs a new TimeoutNow.
             * @memberof canopy.raft
             * @classdesc Represents a TimeoutNow.
             * @constructor
             * @param {canopy.raft.TimeoutNow.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TimeoutNow = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new TimeoutNow instance using the specified properties.
             * @function create
             * @memberof canopy.raft.TimeoutNow
             * @static
             * @param {canopy.raft.TimeoutNow.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.TimeoutNow} TimeoutNow instance
             * @type {{
             *   (properties: canopy.raft.TimeoutNow.$Shape): canopy.raft.TimeoutNow & canopy.raft.TimeoutNow.$Shape;
             *   (properties?: canopy.raft.TimeoutNow.$Properties): canopy.raft.TimeoutNow;
             * }}
             */
            TimeoutNow.create = function(properties) {
                return new TimeoutNow(properties);
            };

            /**
             * Encodes the specified TimeoutNow message. Does not implicitly {@link canopy.raft.TimeoutNow.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.TimeoutNow
             * @static
             * @param {canopy.raft.TimeoutNow.$Properties} message TimeoutNow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeoutNow.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TimeoutNow message, length delimited. Does not implicitly {@link canopy.raft.TimeoutNow.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.TimeoutNow
             * @static
             * @param {canopy.raft.TimeoutNow.$Properties} message TimeoutNow message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TimeoutNow.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TimeoutNow message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.TimeoutNow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.TimeoutNow & canopy.raft.TimeoutNow.$Shape} TimeoutNow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeoutNow.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.TimeoutNow();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Decodes a TimeoutNow message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.TimeoutNow
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.TimeoutNow & canopy.raft.TimeoutNow.$Shape} TimeoutNow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TimeoutNow.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TimeoutNow message.
             * @function verify
             * @memberof canopy.raft.TimeoutNow
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TimeoutNow.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates a TimeoutNow message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.TimeoutNow
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.TimeoutNow} TimeoutNow
             */
            TimeoutNow.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.TimeoutNow)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.TimeoutNow: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.canopy.raft.TimeoutNow();
            };

            /**
             * Creates a plain object from a TimeoutNow message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.TimeoutNow
             * @static
             * @param {canopy.raft.TimeoutNow} message TimeoutNow
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TimeoutNow.toObject = function () {
                return {};
            };

            /**
             * Converts this TimeoutNow to JSON.
             * @function toJSON
             * @memberof canopy.raft.TimeoutNow
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TimeoutNow.prototype.toJSON = function() {
                return TimeoutNow.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TimeoutNow
             * @function getTypeUrl
             * @memberof canopy.raft.TimeoutNow
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TimeoutNow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.TimeoutNow";
            };

            return TimeoutNow;
        })();

        raft.ReadIndex = (function() {

            /**
             * Properties of a ReadIndex.
             * @typedef {Object} canopy.raft.ReadIndex.$Properties
             * @property {string|null} [requestId] ReadIndex requestId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadIndex.
             * @memberof canopy.raft
             * @interface IReadIndex
             * @augments canopy.raft.ReadIndex.$Properties
             * @deprecated Use canopy.raft.ReadIndex.$Properties instead.
             */

            /**
             * Shape of a ReadIndex.
             * @typedef {canopy.raft.ReadIndex.$Properties} canopy.raft.ReadIndex.$Shape
             */

            /**
             * Constructs a new ReadIndex.
             * @memberof canopy.raft
             * @classdesc Represents a ReadIndex.
             * @constructor
             * @param {canopy.raft.ReadIndex.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadIndex = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReadIndex requestId.
             * @member {string} requestId
             * @memberof canopy.raft.ReadIndex
             * @instance
             */
            ReadIndex.prototype.requestId = "";

            /**
             * Creates a new ReadIndex instance using the specified properties.
             * @function create
             * @memberof canopy.raft.ReadIndex
             * @static
             * @param {canopy.raft.ReadIndex.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.ReadIndex} ReadIndex instance
             * @type {{
             *   (properties: canopy.raft.ReadIndex.$Shape): canopy.raft.ReadIndex & canopy.raft.ReadIndex.$Shape;
             *   (properties?: canopy.raft.ReadIndex.$Properties): canopy.raft.ReadIndex;
             * }}
             */
            ReadIndex.create = function(properties) {
                return new ReadIndex(properties);
            };

            /**
             * Encodes the specified ReadIndex message. Does not implicitly {@link canopy.raft.ReadIndex.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.ReadIndex
             * @static
             * @param {canopy.raft.ReadIndex.$Properties} message ReadIndex message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadIndex.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ReadIndex message, length delimited. Does not implicitly {@link canopy.raft.ReadIndex.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.ReadIndex
             * @static
             * @param {canopy.raft.ReadIndex.$Properties} message ReadIndex message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadIndex.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadIndex message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.ReadIndex
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.ReadIndex & canopy.raft.ReadIndex.$Shape} ReadIndex
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadIndex.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.ReadIndex();
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
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
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
             * Decodes a ReadIndex message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.ReadIndex
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.ReadIndex & canopy.raft.ReadIndex.$Shape} ReadIndex
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadIndex.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadIndex message.
             * @function verify
             * @memberof canopy.raft.ReadIndex
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadIndex.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                return null;
            };

            /**
             * Creates a ReadIndex message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.ReadIndex
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.ReadIndex} ReadIndex
             */
            ReadIndex.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.ReadIndex)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.ReadIndex: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.ReadIndex();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                return message;
            };

            /**
             * Creates a plain object from a ReadIndex message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.ReadIndex
             * @static
             * @param {canopy.raft.ReadIndex} message ReadIndex
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadIndex.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.requestId = "";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                return object;
            };

            /**
             * Converts this ReadIndex to JSON.
             * @function toJSON
             * @memberof canopy.raft.ReadIndex
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadIndex.prototype.toJSON = function() {
                return ReadIndex.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadIndex
             * @function getTypeUrl
             * @memberof canopy.raft.ReadIndex
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadIndex.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.ReadIndex";
            };

            return ReadIndex;
        })();

        raft.ReadIndexResponse = (function() {

            /**
             * Properties of a ReadIndexResponse.
             * @typedef {Object} canopy.raft.ReadIndexResponse.$Properties
             * @property {string|null} [requestId] ReadIndexResponse requestId
             * @property {number|Long|null} [index] ReadIndexResponse index
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadIndexResponse.
             * @memberof canopy.raft
             * @interface IReadIndexResponse
             * @augments canopy.raft.ReadIndexResponse.$Properties
             * @deprecated Use canopy.raft.ReadIndexResponse.$Properties instead.
             */

            /**
             * Shape of a ReadIndexResponse.
             * @typedef {canopy.raft.ReadIndexResponse.$Properties} canopy.raft.ReadIndexResponse.$Shape
             */

            /**
             * Constructs a new ReadIndexResponse.
             * @memberof canopy.raft
             * @classdesc Represents a ReadIndexResponse.
             * @constructor
             * @param {canopy.raft.ReadIndexResponse.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadIndexResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReadIndexResponse requestId.
             * @member {string} requestId
             * @memberof canopy.raft.ReadIndexResponse
             * @instance
             */
            ReadIndexResponse.prototype.requestId = "";

            /**
             * ReadIndexResponse index.
             * @member {number|Long} index
             * @memberof canopy.raft.ReadIndexResponse
             * @instance
             */
            ReadIndexResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ReadIndexResponse instance using the specified properties.
             * @function create
             * @memberof canopy.raft.ReadIndexResponse
             * @static
             * @param {canopy.raft.ReadIndexResponse.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.ReadIndexResponse} ReadIndexResponse instance
             * @type {{
             *   (properties: canopy.raft.ReadIndexResponse.$Shape): canopy.raft.ReadIndexResponse & canopy.raft.ReadIndexResponse.$Shape;
             *   (properties?: canopy.raft.ReadIndexResponse.$Properties): canopy.raft.ReadIndexResponse;
             * }}
             */
            ReadIndexResponse.create = function(properties) {
                return new ReadIndexResponse(properties);
            };

            /**
             * Encodes the specified ReadIndexResponse message. Does not implicitly {@link canopy.raft.ReadIndexResponse.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.ReadIndexResponse
             * @static
             * @param {canopy.raft.ReadIndexResponse.$Properties} message ReadIndexResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadIndexResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.requestId);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).sint64(message.index);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ReadIndexResponse message, length delimited. Does not implicitly {@link canopy.raft.ReadIndexResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.ReadIndexResponse
             * @static
             * @param {canopy.raft.ReadIndexResponse.$Properties} message ReadIndexResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadIndexResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadIndexResponse message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.ReadIndexResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.ReadIndexResponse & canopy.raft.ReadIndexResponse.$Shape} ReadIndexResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadIndexResponse.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.ReadIndexResponse();
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
                            if ((value = reader.stringVerify()).length)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.index = value;
                            else
                                delete message.index;
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
             * Decodes a ReadIndexResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.ReadIndexResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.ReadIndexResponse & canopy.raft.ReadIndexResponse.$Shape} ReadIndexResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadIndexResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadIndexResponse message.
             * @function verify
             * @memberof canopy.raft.ReadIndexResponse
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadIndexResponse.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isString(message.requestId))
                        return "requestId: string expected";
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (!$util.isInteger(message.index) && !(message.index && $util.isInteger(message.index.low) && $util.isInteger(message.index.high)))
                        return "index: integer|Long expected";
                return null;
            };

            /**
             * Creates a ReadIndexResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.ReadIndexResponse
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.ReadIndexResponse} ReadIndexResponse
             */
            ReadIndexResponse.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.ReadIndexResponse)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.ReadIndexResponse: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.ReadIndexResponse();
                if (object.requestId != null)
                    if (typeof object.requestId !== "string" || object.requestId.length)
                        message.requestId = $String(object.requestId);
                if (object.index != null)
                    if (typeof object.index === "object" ? object.index.low || object.index.high : $Number(object.index) !== 0)
                        if ($util.Long)
                            message.index = $util.Long.fromValue(object.index, false);
                        else if (typeof object.index === "string")
                            message.index = $parseInt(object.index, 10);
                        else if (typeof object.index === "number")
                            message.index = object.index;
                        else if (typeof object.index === "object")
                            message.index = new $util.LongBits(object.index.low >>> 0, object.index.high >>> 0).toNumber();
                return message;
            };

            /**
             * Creates a plain object from a ReadIndexResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.ReadIndexResponse
             * @static
             * @param {canopy.raft.ReadIndexResponse} message ReadIndexResponse
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadIndexResponse.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.requestId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.index = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.index = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    object.requestId = message.requestId;
                if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.index = typeof message.index === "number" ? $BigInt(message.index) : $util.Long.fromBits(message.index.low >>> 0, message.index.high >>> 0, false).toBigInt();
                    else if (typeof message.index === "number")
                        object.index = options.longs === $String ? $String(message.index) : message.index;
                    else
                        object.index = options.longs === $String ? $util.Long.prototype.toString.call(message.index) : options.longs === $Number ? new $util.LongBits(message.index.low >>> 0, message.index.high >>> 0).toNumber() : message.index;
                return object;
            };

            /**
             * Converts this ReadIndexResponse to JSON.
             * @function toJSON
             * @memberof canopy.raft.ReadIndexResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadIndexResponse.prototype.toJSON = function() {
                return ReadIndexResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadIndexResponse
             * @function getTypeUrl
             * @memberof canopy.raft.ReadIndexResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadIndexResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.ReadIndexResponse";
            };

            return ReadIndexResponse;
        })();

        raft.RaftMessage = (function() {

            /**
             * Properties of a RaftMessage.
             * @typedef {Object} canopy.raft.RaftMessage.$Properties
             * @property {string|null} [from] RaftMessage from
             * @property {string|null} [to] RaftMessage to
             * @property {number|Long|null} [term] RaftMessage term
             * @property {canopy.raft.AppendEntries.$Properties|null} [appendEntries] RaftMessage appendEntries
             * @property {canopy.raft.AppendEntriesResponse.$Properties|null} [appendEntriesResponse] RaftMessage appendEntriesResponse
             * @property {canopy.raft.RequestVote.$Properties|null} [requestVote] RaftMessage requestVote
             * @property {canopy.raft.RequestVoteResponse.$Properties|null} [requestVoteResponse] RaftMessage requestVoteResponse
             * @property {canopy.raft.Heartbeat.$Properties|null} [heartbeat] RaftMessage heartbeat
             * @property {canopy.raft.HeartbeatResponse.$Properties|null} [heartbeatResponse] RaftMessage heartbeatResponse
             * @property {canopy.raft.InstallSnapshot.$Properties|null} [installSnapshot] RaftMessage installSnapshot
             * @property {canopy.raft.InstallSnapshotResponse.$Properties|null} [installSnapshotResponse] RaftMessage installSnapshotResponse
             * @property {canopy.raft.TimeoutNow.$Properties|null} [timeoutNow] RaftMessage timeoutNow
             * @property {canopy.raft.ReadIndex.$Properties|null} [readIndex] RaftMessage readIndex
             * @property {canopy.raft.ReadIndexResponse.$Properties|null} [readIndexResponse] RaftMessage readIndexResponse
             * @property {"appendEntries"|"appendEntriesResponse"|"requestVote"|"requestVoteResponse"|"heartbeat"|"heartbeatResponse"|"installSnapshot"|"installSnapshotResponse"|"timeoutNow"|"readIndex"|"readIndexResponse"} [body] RaftMessage body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RaftMessage.
             * @memberof canopy.raft
             * @interface IRaftMessage
             * @augments canopy.raft.RaftMessage.$Properties
             * @deprecated Use canopy.raft.RaftMessage.$Properties instead.
             */

            /**
             * Narrowed shape of a RaftMessage.
             * @typedef {{
             *   from?: string|null;
             *   to?: string|null;
             *   term?: number|Long|null;
             *   appendEntries?: canopy.raft.AppendEntries.$Shape|null;
             *   appendEntriesResponse?: canopy.raft.AppendEntriesResponse.$Shape|null;
             *   requestVote?: canopy.raft.RequestVote.$Shape|null;
             *   requestVoteResponse?: canopy.raft.RequestVoteResponse.$Shape|null;
             *   heartbeat?: canopy.raft.Heartbeat.$Shape|null;
             *   heartbeatResponse?: canopy.raft.HeartbeatResponse.$Shape|null;
             *   installSnapshot?: canopy.raft.InstallSnapshot.$Shape|null;
             *   installSnapshotResponse?: canopy.raft.InstallSnapshotResponse.$Shape|null;
             *   timeoutNow?: canopy.raft.TimeoutNow.$Shape|null;
             *   readIndex?: canopy.raft.ReadIndex.$Shape|null;
             *   readIndexResponse?: canopy.raft.ReadIndexResponse.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "appendEntries"; appendEntries: canopy.raft.AppendEntries.$Shape; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "appendEntriesResponse"; appendEntries?: null; appendEntriesResponse: canopy.raft.AppendEntriesResponse.$Shape; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "requestVote"; appendEntries?: null; appendEntriesResponse?: null; requestVote: canopy.raft.RequestVote.$Shape; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "requestVoteResponse"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse: canopy.raft.RequestVoteResponse.$Shape; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "heartbeat"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat: canopy.raft.Heartbeat.$Shape; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "heartbeatResponse"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse: canopy.raft.HeartbeatResponse.$Shape; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "installSnapshot"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot: canopy.raft.InstallSnapshot.$Shape; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "installSnapshotResponse"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse: canopy.raft.InstallSnapshotResponse.$Shape; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "timeoutNow"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow: canopy.raft.TimeoutNow.$Shape; readIndex?: null; readIndexResponse?: null }|{ body?: "readIndex"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex: canopy.raft.ReadIndex.$Shape; readIndexResponse?: null }|{ body?: "readIndexResponse"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse: canopy.raft.ReadIndexResponse.$Shape })
             * )} canopy.raft.RaftMessage.$Shape
             */

            /**
             * Constructs a new RaftMessage.
             * @memberof canopy.raft
             * @classdesc Represents a RaftMessage.
             * @constructor
             * @param {canopy.raft.RaftMessage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RaftMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RaftMessage from.
             * @member {string} from
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            RaftMessage.prototype.from = "";

            /**
             * RaftMessage to.
             * @member {string} to
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            RaftMessage.prototype.to = "";

            /**
             * RaftMessage term.
             * @member {number|Long} term
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            RaftMessage.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * RaftMessage appendEntries.
             * @member {canopy.raft.AppendEntries.$Properties|null|undefined} appendEntries
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            RaftMessage.prototype.appendEntries = null;

            /**
             * RaftMessage appendEntriesResponse.
             * @member {canopy.raft.AppendEntriesResponse.$Properties|null|undefined} appendEntriesResponse
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            RaftMessage.prototype.appendEntriesResponse = null;

            /**
             * RaftMessage requestVote.
             * @member {canopy.raft.RequestVote.$Properties|null|undefined} requestVote
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            RaftMessage.prototype.requestVote = null;

            /**
             * RaftMessage requestVoteResponse.
             * @member {canopy.raft.RequestVoteResponse.$Properties|null|undefined} requestVoteResponse
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            RaftMessage.prototype.requestVoteResponse = null;

            /**
             * RaftMessage heartbeat.
             * @member {canopy.raft.Heartbeat.$Properties|null|undefined} heartbeat
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            RaftMessage.prototype.heartbeat = null;

            /**
             * RaftMessage heartbeatResponse.
             * @member {canopy.raft.HeartbeatResponse.$Properties|null|undefined} heartbeatResponse
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            RaftMessage.prototype.heartbeatResponse = null;

            /**
             * RaftMessage installSnapshot.
             * @member {canopy.raft.InstallSnapshot.$Properties|null|undefined} installSnapshot
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            RaftMessage.prototype.installSnapshot = null;

            /**
             * RaftMessage installSnapshotResponse.
             * @member {canopy.raft.InstallSnapshotResponse.$Properties|null|undefined} installSnapshotResponse
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            RaftMessage.prototype.installSnapshotResponse = null;

            /**
             * RaftMessage timeoutNow.
             * @member {canopy.raft.TimeoutNow.$Properties|null|undefined} timeoutNow
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            RaftMessage.prototype.timeoutNow = null;

            /**
             * RaftMessage readIndex.
             * @member {canopy.raft.ReadIndex.$Properties|null|undefined} readIndex
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            RaftMessage.prototype.readIndex = null;

            /**
             * RaftMessage readIndexResponse.
             * @member {canopy.raft.ReadIndexResponse.$Properties|null|undefined} readIndexResponse
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            RaftMessage.prototype.readIndexResponse = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * RaftMessage body.
             * @member {"appendEntries"|"appendEntriesResponse"|"requestVote"|"requestVoteResponse"|"heartbeat"|"heartbeatResponse"|"installSnapshot"|"installSnapshotResponse"|"timeoutNow"|"readIndex"|"readIndexResponse"|undefined} body
             * @memberof canopy.raft.RaftMessage
             * @instance
             */
            $Object.defineProperty(RaftMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["appendEntries", "appendEntriesResponse", "requestVote", "requestVoteResponse", "heartbeat", "heartbeatResponse", "installSnapshot", "installSnapshotResponse", "timeoutNow", "readIndex", "readIndexResponse"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new RaftMessage instance using the specified properties.
             * @function create
             * @memberof canopy.raft.RaftMessage
             * @static
             * @param {canopy.raft.RaftMessage.$Properties=} [properties] Properties to set
             * @returns {canopy.raft.RaftMessage} RaftMessage instance
             * @type {{
             *   (properties: canopy.raft.RaftMessage.$Shape): canopy.raft.RaftMessage & canopy.raft.RaftMessage.$Shape;
             *   (properties?: canopy.raft.RaftMessage.$Properties): canopy.raft.RaftMessage;
             * }}
             */
            RaftMessage.create = function(properties) {
                return new RaftMessage(properties);
            };

            /**
             * Encodes the specified RaftMessage message. Does not implicitly {@link canopy.raft.RaftMessage.verify|verify} messages.
             * @function encode
             * @memberof canopy.raft.RaftMessage
             * @static
             * @param {canopy.raft.RaftMessage.$Properties} message RaftMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RaftMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.to);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.term);
                if (message.appendEntries != null && $Object.hasOwnProperty.call(message, "appendEntries"))
                    $root.canopy.raft.AppendEntries.encode(message.appendEntries, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.appendEntriesResponse != null && $Object.hasOwnProperty.call(message, "appendEntriesResponse"))
                    $root.canopy.raft.AppendEntriesResponse.encode(message.appendEntriesResponse, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.requestVote != null && $Object.hasOwnProperty.call(message, "requestVote"))
                    $root.canopy.raft.RequestVote.encode(message.requestVote, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.requestVoteResponse != null && $Object.hasOwnProperty.call(message, "requestVoteResponse"))
                    $root.canopy.raft.RequestVoteResponse.encode(message.requestVoteResponse, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.canopy.raft.Heartbeat.encode(message.heartbeat, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.heartbeatResponse != null && $Object.hasOwnProperty.call(message, "heartbeatResponse"))
                    $root.canopy.raft.HeartbeatResponse.encode(message.heartbeatResponse, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.installSnapshot != null && $Object.hasOwnProperty.call(message, "installSnapshot"))
                    $root.canopy.raft.InstallSnapshot.encode(message.installSnapshot, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.installSnapshotResponse != null && $Object.hasOwnProperty.call(message, "installSnapshotResponse"))
                    $root.canopy.raft.InstallSnapshotResponse.encode(message.installSnapshotResponse, writer.uint32(/* id 17, wireType 2 =*/138).fork(), _depth + 1).ldelim();
                if (message.timeoutNow != null && $Object.hasOwnProperty.call(message, "timeoutNow"))
                    $root.canopy.raft.TimeoutNow.encode(message.timeoutNow, writer.uint32(/* id 18, wireType 2 =*/146).fork(), _depth + 1).ldelim();
                if (message.readIndex != null && $Object.hasOwnProperty.call(message, "readIndex"))
                    $root.canopy.raft.ReadIndex.encode(message.readIndex, writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.readIndexResponse != null && $Object.hasOwnProperty.call(message, "readIndexResponse"))
                    $root.canopy.raft.ReadIndexResponse.encode(message.readIndexResponse, writer.uint32(/* id 20, wireType 2 =*/162).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified RaftMessage message, length delimited. Does not implicitly {@link canopy.raft.RaftMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.raft.RaftMessage
             * @static
             * @param {canopy.raft.RaftMessage.$Properties} message RaftMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RaftMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a RaftMessage message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.raft.RaftMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.raft.RaftMessage & canopy.raft.RaftMessage.$Shape} RaftMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RaftMessage.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.raft.RaftMessage();
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
                            if ((value = reader.stringVerify()).length)
                                message.from = value;
                            else
                                delete message.from;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.to = value;
                            else
                                delete message.to;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.term = value;
                            else
                                delete message.term;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.appendEntries = $root.canopy.raft.AppendEntries.decode(reader, reader.size(), $undefined, _depth + 1, message.appendEntries);
                            message.body = "appendEntries";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.appendEntriesResponse = $root.canopy.raft.AppendEntriesResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.appendEntriesResponse);
                            message.body = "appendEntriesResponse";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.requestVote = $root.canopy.raft.RequestVote.decode(reader, reader.size(), $undefined, _depth + 1, message.requestVote);
                            message.body = "requestVote";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.requestVoteResponse = $root.canopy.raft.RequestVoteResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.requestVoteResponse);
                            message.body = "requestVoteResponse";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.heartbeat = $root.canopy.raft.Heartbeat.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeat);
                            message.body = "heartbeat";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.heartbeatResponse = $root.canopy.raft.HeartbeatResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.heartbeatResponse);
                            message.body = "heartbeatResponse";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.installSnapshot = $root.canopy.raft.InstallSnapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.installSnapshot);
                            message.body = "installSnapshot";
                            continue;
                        }
                    case 17: {
                            if (wireType !== 2)
                                break;
                            message.installSnapshotResponse = $root.canopy.raft.InstallSnapshotResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.installSnapshotResponse);
                            message.body = "installSnapshotResponse";
                            continue;
                        }
                    case 18: {
                            if (wireType !== 2)
                                break;
                            message.timeoutNow = $root.canopy.raft.TimeoutNow.decode(reader, reader.size(), $undefined, _depth + 1, message.timeoutNow);
                            message.body = "timeoutNow";
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.readIndex = $root.canopy.raft.ReadIndex.decode(reader, reader.size(), $undefined, _depth + 1, message.readIndex);
                            message.body = "readIndex";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.readIndexResponse = $root.canopy.raft.ReadIndexResponse.decode(reader, reader.size(), $undefined, _depth + 1, message.readIndexResponse);
                            message.body = "readIndexResponse";
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
             * Decodes a RaftMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.raft.RaftMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.raft.RaftMessage & canopy.raft.RaftMessage.$Shape} RaftMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RaftMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a RaftMessage message.
             * @function verify
             * @memberof canopy.raft.RaftMessage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RaftMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    if (!$util.isString(message.from))
                        return "from: string expected";
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    if (!$util.isString(message.to))
                        return "to: string expected";
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (!$util.isInteger(message.term) && !(message.term && $util.isInteger(message.term.low) && $util.isInteger(message.term.high)))
                        return "term: integer|Long expected";
                if (message.appendEntries != null && $Object.hasOwnProperty.call(message, "appendEntries")) {
                    properties.body = 1;
                    {
                        let error = $root.canopy.raft.AppendEntries.verify(message.appendEntries, _depth + 1);
                        if (error)
                            return "appendEntries." + error;
                    }
                }
                if (message.appendEntriesResponse != null && $Object.hasOwnProperty.call(message, "appendEntriesResponse")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.raft.AppendEntriesResponse.verify(message.appendEntriesResponse, _depth + 1);
                        if (error)
                            return "appendEntriesResponse." + error;
                    }
                }
                if (message.requestVote != null && $Object.hasOwnProperty.call(message, "requestVote")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.raft.RequestVote.verify(message.requestVote, _depth + 1);
                        if (error)
                            return "requestVote." + error;
                    }
                }
                if (message.requestVoteResponse != null && $Object.hasOwnProperty.call(message, "requestVoteResponse")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.raft.RequestVoteResponse.verify(message.requestVoteResponse, _depth + 1);
                        if (error)
                            return "requestVoteResponse." + error;
                    }
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.raft.Heartbeat.verify(message.heartbeat, _depth + 1);
                        if (error)
                            return "heartbeat." + error;
                    }
                }
                if (message.heartbeatResponse != null && $Object.hasOwnProperty.call(message, "heartbeatResponse")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.raft.HeartbeatResponse.verify(message.heartbeatResponse, _depth + 1);
                        if (error)
                            return "heartbeatResponse." + error;
                    }
                }
                if (message.installSnapshot != null && $Object.hasOwnProperty.call(message, "installSnapshot")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.raft.InstallSnapshot.verify(message.installSnapshot, _depth + 1);
                        if (error)
                            return "installSnapshot." + error;
                    }
                }
                if (message.installSnapshotResponse != null && $Object.hasOwnProperty.call(message, "installSnapshotResponse")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.raft.InstallSnapshotResponse.verify(message.installSnapshotResponse, _depth + 1);
                        if (error)
                            return "installSnapshotResponse." + error;
                    }
                }
                if (message.timeoutNow != null && $Object.hasOwnProperty.call(message, "timeoutNow")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.raft.TimeoutNow.verify(message.timeoutNow, _depth + 1);
                        if (error)
                            return "timeoutNow." + error;
                    }
                }
                if (message.readIndex != null && $Object.hasOwnProperty.call(message, "readIndex")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.raft.ReadIndex.verify(message.readIndex, _depth + 1);
                        if (error)
                            return "readIndex." + error;
                    }
                }
                if (message.readIndexResponse != null && $Object.hasOwnProperty.call(message, "readIndexResponse")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.canopy.raft.ReadIndexResponse.verify(message.readIndexResponse, _depth + 1);
                        if (error)
                            return "readIndexResponse." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a RaftMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.raft.RaftMessage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.raft.RaftMessage} RaftMessage
             */
            RaftMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.raft.RaftMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.raft.RaftMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.raft.RaftMessage();
                if (object.from != null)
                    if (typeof object.from !== "string" || object.from.length)
                        message.from = $String(object.from);
                if (object.to != null)
                    if (typeof object.to !== "string" || object.to.length)
                        message.to = $String(object.to);
                if (object.term != null)
                    if (typeof object.term === "object" ? object.term.low || object.term.high : $Number(object.term) !== 0)
                        if ($util.Long)
                            message.term = $util.Long.fromValue(object.term, true);
                        else if (typeof object.term === "string")
                            message.term = $parseInt(object.term, 10);
                        else if (typeof object.term === "number")
                            message.term = object.term;
                        else if (typeof object.term === "object")
                            message.term = new $util.LongBits(object.term.low >>> 0, object.term.high >>> 0).toNumber(true);
                if (object.appendEntries != null) {
                    if (!$util.isObject(object.appendEntries))
                        throw $TypeError(".canopy.raft.RaftMessage.appendEntries: object expected");
                    message.appendEntries = $root.canopy.raft.AppendEntries.fromObject(object.appendEntries, _depth + 1);
                }
                if (object.appendEntriesResponse != null) {
                    if (!$util.isObject(object.appendEntriesResponse))
                        throw $TypeError(".canopy.raft.RaftMessage.appendEntriesResponse: object expected");
                    message.appendEntriesResponse = $root.canopy.raft.AppendEntriesResponse.fromObject(object.appendEntriesResponse, _depth + 1);
                }
                if (object.requestVote != null) {
                    if (!$util.isObject(object.requestVote))
                        throw $TypeError(".canopy.raft.RaftMessage.requestVote: object expected");
                    message.requestVote = $root.canopy.raft.RequestVote.fromObject(object.requestVote, _depth + 1);
                }
                if (object.requestVoteResponse != null) {
                    if (!$util.isObject(object.requestVoteResponse))
                        throw $TypeError(".canopy.raft.RaftMessage.requestVoteResponse: object expected");
                    message.requestVoteResponse = $root.canopy.raft.RequestVoteResponse.fromObject(object.requestVoteResponse, _depth + 1);
                }
                if (object.heartbeat != null) {
                    if (!$util.isObject(object.heartbeat))
                        throw $TypeError(".canopy.raft.RaftMessage.heartbeat: object expected");
                    message.heartbeat = $root.canopy.raft.Heartbeat.fromObject(object.heartbeat, _depth + 1);
                }
                if (object.heartbeatResponse != null) {
                    if (!$util.isObject(object.heartbeatResponse))
                        throw $TypeError(".canopy.raft.RaftMessage.heartbeatResponse: object expected");
                    message.heartbeatResponse = $root.canopy.raft.HeartbeatResponse.fromObject(object.heartbeatResponse, _depth + 1);
                }
                if (object.installSnapshot != null) {
                    if (!$util.isObject(object.installSnapshot))
                        throw $TypeError(".canopy.raft.RaftMessage.installSnapshot: object expected");
                    message.installSnapshot = $root.canopy.raft.InstallSnapshot.fromObject(object.installSnapshot, _depth + 1);
                }
                if (object.installSnapshotResponse != null) {
                    if (!$util.isObject(object.installSnapshotResponse))
                        throw $TypeError(".canopy.raft.RaftMessage.installSnapshotResponse: object expected");
                    message.installSnapshotResponse = $root.canopy.raft.InstallSnapshotResponse.fromObject(object.installSnapshotResponse, _depth + 1);
                }
                if (object.timeoutNow != null) {
                    if (!$util.isObject(object.timeoutNow))
                        throw $TypeError(".canopy.raft.RaftMessage.timeoutNow: object expected");
                    message.timeoutNow = $root.canopy.raft.TimeoutNow.fromObject(object.timeoutNow, _depth + 1);
                }
                if (object.readIndex != null) {
                    if (!$util.isObject(object.readIndex))
                        throw $TypeError(".canopy.raft.RaftMessage.readIndex: object expected");
                    message.readIndex = $root.canopy.raft.ReadIndex.fromObject(object.readIndex, _depth + 1);
                }
                if (object.readIndexResponse != null) {
                    if (!$util.isObject(object.readIndexResponse))
                        throw $TypeError(".canopy.raft.RaftMessage.readIndexResponse: object expected");
                    message.readIndexResponse = $root.canopy.raft.ReadIndexResponse.fromObject(object.readIndexResponse, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a RaftMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.raft.RaftMessage
             * @static
             * @param {canopy.raft.RaftMessage} message RaftMessage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RaftMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.from = "";
                    object.to = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.term = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.term = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.from != null && $Object.hasOwnProperty.call(message, "from"))
                    object.from = message.from;
                if (message.to != null && $Object.hasOwnProperty.call(message, "to"))
                    object.to = message.to;
                if (message.term != null && $Object.hasOwnProperty.call(message, "term"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.term = typeof message.term === "number" ? $BigInt(message.term) : $util.Long.fromBits(message.term.low >>> 0, message.term.high >>> 0, true).toBigInt();
                    else if (typeof message.term === "number")
                        object.term = options.longs === $String ? $String(message.term) : message.term;
                    else
                        object.term = options.longs === $String ? $util.Long.prototype.toString.call(message.term) : options.longs === $Number ? new $util.LongBits(message.term.low >>> 0, message.term.high >>> 0).toNumber(true) : message.term;
                if (message.appendEntries != null && $Object.hasOwnProperty.call(message, "appendEntries")) {
                    object.appendEntries = $root.canopy.raft.AppendEntries.toObject(message.appendEntries, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "appendEntries";
                }
                if (message.appendEntriesResponse != null && $Object.hasOwnProperty.call(message, "appendEntriesResponse")) {
                    object.appendEntriesResponse = $root.canopy.raft.AppendEntriesResponse.toObject(message.appendEntriesResponse, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "appendEntriesResponse";
                }
                if (message.requestVote != null && $Object.hasOwnProperty.call(message, "requestVote")) {
                    object.requestVote = $root.canopy.raft.RequestVote.toObject(message.requestVote, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "requestVote";
                }
                if (message.requestVoteResponse != null && $Object.hasOwnProperty.call(message, "requestVoteResponse")) {
                    object.requestVoteResponse = $root.canopy.raft.RequestVoteResponse.toObject(message.requestVoteResponse, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "requestVoteResponse";
                }
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat")) {
                    object.heartbeat = $root.canopy.raft.Heartbeat.toObject(message.heartbeat, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "heartbeat";
                }
                if (message.heartbeatResponse != null && $Object.hasOwnProperty.call(message, "heartbeatResponse")) {
                    object.heartbeatResponse = $root.canopy.raft.HeartbeatResponse.toObject(message.heartbeatResponse, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "heartbeatResponse";
                }
                if (message.installSnapshot != null && $Object.hasOwnProperty.call(message, "installSnapshot")) {
                    object.installSnapshot = $root.canopy.raft.InstallSnapshot.toObject(message.installSnapshot, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "installSnapshot";
                }
                if (message.installSnapshotResponse != null && $Object.hasOwnProperty.call(message, "installSnapshotResponse")) {
                    object.installSnapshotResponse = $root.canopy.raft.InstallSnapshotResponse.toObject(message.installSnapshotResponse, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "installSnapshotResponse";
                }
                if (message.timeoutNow != null && $Object.hasOwnProperty.call(message, "timeoutNow")) {
                    object.timeoutNow = $root.canopy.raft.TimeoutNow.toObject(message.timeoutNow, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "timeoutNow";
                }
                if (message.readIndex != null && $Object.hasOwnProperty.call(message, "readIndex")) {
                    object.readIndex = $root.canopy.raft.ReadIndex.toObject(message.readIndex, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "readIndex";
                }
                if (message.readIndexResponse != null && $Object.hasOwnProperty.call(message, "readIndexResponse")) {
                    object.readIndexResponse = $root.canopy.raft.ReadIndexResponse.toObject(message.readIndexResponse, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "readIndexResponse";
                }
                return object;
            };

            /**
             * Converts this RaftMessage to JSON.
             * @function toJSON
             * @memberof canopy.raft.RaftMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RaftMessage.prototype.toJSON = function() {
                return RaftMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RaftMessage
             * @function getTypeUrl
             * @memberof canopy.raft.RaftMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RaftMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.RaftMessage";
            };

            return RaftMessage;
        })();

        return raft;
    })();

    canopy.shardservice = (function() {

        /**
         * Namespace shardservice.
         * @memberof canopy
         * @namespace
         */
        const shardservice = {};

        /**
         * CommitMode enum.
         * @name canopy.shardservice.CommitMode
         * @enum {number}
         * @property {number} COMMIT_MODE_UNSPECIFIED=0 COMMIT_MODE_UNSPECIFIED value
         * @property {number} COMMIT_ON_READY=1 COMMIT_ON_READY value
         * @property {number} THREE_PHASE=2 THREE_PHASE value
         */
        shardservice.CommitMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COMMIT_MODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COMMIT_ON_READY"] = 1;
            values[valuesById[2] = "THREE_PHASE"] = 2;
            return values;
        })();

        /**
         * ReadMode enum.
         * @name canopy.shardservice.ReadMode
         * @enum {number}
         * @property {number} READ_MODE_UNSPECIFIED=0 READ_MODE_UNSPECIFIED value
         * @property {number} LINEARIZABLE=1 LINEARIZABLE value
         * @property {number} LOCAL=2 LOCAL value
         */
        shardservice.ReadMode = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "READ_MODE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LINEARIZABLE"] = 1;
            values[valuesById[2] = "LOCAL"] = 2;
            return values;
        })();

        shardservice.Submit = (function() {

            /**
             * Properties of a Submit.
             * @typedef {Object} canopy.shardservice.Submit.$Properties
             * @property {string|null} [txId] Submit txId
             * @property {Uint8Array|null} [modification] Submit modification
             * @property {number|Long|null} [baseIndex] Submit baseIndex
             * @property {boolean|null} [baseKnown] Submit baseKnown
             * @property {Array.<string>|null} [verifications] Submit verifications
             * @property {Array.<string>|null} [participants] Submit participants
             * @property {string|null} [chainId] Submit chainId
             * @property {canopy.shardservice.CommitMode|null} [mode] Submit mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Submit.
             * @memberof canopy.shardservice
             * @interface ISubmit
             * @augments canopy.shardservice.Submit.$Properties
             * @deprecated Use canopy.shardservice.Submit.$Properties instead.
             */

            /**
             * Shape of a Submit.
             * @typedef {canopy.shardservice.Submit.$Properties} canopy.shardservice.Submit.$Shape
             */

            /**
             * Constructs a new Submit.
             * @memberof canopy.shardservice
             * @classdesc Represents a Submit.
             * @constructor
             * @param {canopy.shardservice.Submit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Submit = function (properties) {
                this.verifications = [];
                this.participants = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Submit txId.
             * @member {string} txId
             * @memberof canopy.shardservice.Submit
             * @instance
             */
            Submit.prototype.txId = "";

            /**
             * Submit modification.
             * @member {Uint8Array} modification
             * @memberof canopy.shardservice.Submit
             * @instance
             */
            Submit.prototype.modification = $util.newBuffer([]);

            /**
             * Submit baseIndex.
             * @member {number|Long} baseIndex
             * @memberof canopy.shardservice.Submit
             * @instance
             */
            Submit.prototype.baseIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Submit baseKnown.
             * @member {boolean} baseKnown
             * @memberof canopy.shardservice.Submit
             * @instance
             */
            Submit.prototype.baseKnown = false;

            /**
             * Submit verifications.
             * @member {Array.<string>} verifications
             * @memberof canopy.shardservice.Submit
             * @instance
             */
            Submit.prototype.verifications = $util.emptyArray;

            /**
             * Submit participants.
             * @member {Array.<string>} participants
             * @memberof canopy.shardservice.Submit
             * @instance
             */
            Submit.prototype.participants = $util.emptyArray;

            /**
             * Submit chainId.
             * @member {string} chainId
             * @memberof canopy.shardservice.Submit
             * @instance
             */
            Submit.prototype.chainId = "";

            /**
             * Submit mode.
             * @member {canopy.shardservice.CommitMode} mode
             * @memberof canopy.shardservice.Submit
             * @instance
             */
            Submit.prototype.mode = 0;

            /**
             * Creates a new Submit instance using the specified properties.
             * @function create
             * @memberof canopy.shardservice.Submit
             * @static
             * @param {canopy.shardservice.Submit.$Properties=} [properties] Properties to set
             * @returns {canopy.shardservice.Submit} Submit instance
             * @type {{
             *   (properties: canopy.shardservice.Submit.$Shape): canopy.shardservice.Submit & canopy.shardservice.Submit.$Shape;
             *   (properties?: canopy.shardservice.Submit.$Properties): canopy.shardservice.Submit;
             * }}
             */
            Submit.create = function(properties) {
                return new Submit(properties);
            };

            /**
             * Encodes the specified Submit message. Does not implicitly {@link canopy.shardservice.Submit.verify|verify} messages.
             * @function encode
             * @memberof canopy.shardservice.Submit
             * @static
             * @param {canopy.shardservice.Submit.$Properties} message Submit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Submit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId") && message.txId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.txId);
                if (message.modification != null && $Object.hasOwnProperty.call(message, "modification") && message.modification.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.modification);
                if (message.baseIndex != null && $Object.hasOwnProperty.call(message, "baseIndex") && (typeof message.baseIndex === "object" ? message.baseIndex.low || message.baseIndex.high : message.baseIndex !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.baseIndex);
                if (message.baseKnown != null && $Object.hasOwnProperty.call(message, "baseKnown") && message.baseKnown !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.baseKnown);
                if (message.verifications != null && message.verifications.length)
                    for (let i = 0; i < message.verifications.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.verifications[i]);
                if (message.participants != null && message.participants.length)
                    for (let i = 0; i < message.participants.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.participants[i]);
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.chainId);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.mode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Submit message, length delimited. Does not implicitly {@link canopy.shardservice.Submit.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shardservice.Submit
             * @static
             * @param {canopy.shardservice.Submit.$Properties} message Submit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Submit.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Submit message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shardservice.Submit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shardservice.Submit & canopy.shardservice.Submit.$Shape} Submit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Submit.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shardservice.Submit();
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
                            if ((value = reader.stringVerify()).length)
                                message.txId = value;
                            else
                                delete message.txId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.modification = value;
                            else
                                delete message.modification;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.baseIndex = value;
                            else
                                delete message.baseIndex;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.baseKnown = value;
                            else
                                delete message.baseKnown;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.verifications && message.verifications.length))
                                message.verifications = [];
                            message.verifications.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.participants && message.participants.length))
                                message.participants = [];
                            message.participants.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
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
             * Decodes a Submit message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shardservice.Submit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shardservice.Submit & canopy.shardservice.Submit.$Shape} Submit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Submit.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Submit message.
             * @function verify
             * @memberof canopy.shardservice.Submit
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Submit.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    if (!$util.isString(message.txId))
                        return "txId: string expected";
                if (message.modification != null && $Object.hasOwnProperty.call(message, "modification"))
                    if (!(message.modification && typeof message.modification.length === "number" || $util.isString(message.modification)))
                        return "modification: buffer expected";
                if (message.baseIndex != null && $Object.hasOwnProperty.call(message, "baseIndex"))
                    if (!$util.isInteger(message.baseIndex) && !(message.baseIndex && $util.isInteger(message.baseIndex.low) && $util.isInteger(message.baseIndex.high)))
                        return "baseIndex: integer|Long expected";
                if (message.baseKnown != null && $Object.hasOwnProperty.call(message, "baseKnown"))
                    if (typeof message.baseKnown !== "boolean")
                        return "baseKnown: boolean expected";
                if (message.verifications != null && $Object.hasOwnProperty.call(message, "verifications")) {
                    if (!$Array.isArray(message.verifications))
                        return "verifications: array expected";
                    for (let i = 0; i < message.verifications.length; ++i)
                        if (!$util.isString(message.verifications[i]))
                            return "verifications: string[] expected";
                }
                if (message.participants != null && $Object.hasOwnProperty.call(message, "participants")) {
                    if (!$Array.isArray(message.participants))
                        return "participants: array expected";
                    for (let i = 0; i < message.participants.length; ++i)
                        if (!$util.isString(message.participants[i]))
                            return "participants: string[] expected";
                }
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    if (!$util.isString(message.chainId))
                        return "chainId: string expected";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                return null;
            };

            /**
             * Creates a Submit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shardservice.Submit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shardservice.Submit} Submit
             */
            Submit.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shardservice.Submit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shardservice.Submit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shardservice.Submit();
                if (object.txId != null)
                    if (typeof object.txId !== "string" || object.txId.length)
                        message.txId = $String(object.txId);
                if (object.modification != null)
                    if (object.modification.length)
                        if (typeof object.modification === "string")
                            $util.base64.decode(object.modification, message.modification = $util.newBuffer($util.base64.length(object.modification)), 0);
                        else if (object.modification.length >= 0)
                            message.modification = object.modification;
                if (object.baseIndex != null)
                    if (typeof object.baseIndex === "object" ? object.baseIndex.low || object.baseIndex.high : $Number(object.baseIndex) !== 0)
                        if ($util.Long)
                            message.baseIndex = $util.Long.fromValue(object.baseIndex, true);
                        else if (typeof object.baseIndex === "string")
                            message.baseIndex = $parseInt(object.baseIndex, 10);
                        else if (typeof object.baseIndex === "number")
                            message.baseIndex = object.baseIndex;
                        else if (typeof object.baseIndex === "object")
                            message.baseIndex = new $util.LongBits(object.baseIndex.low >>> 0, object.baseIndex.high >>> 0).toNumber(true);
                if (object.baseKnown != null)
                    if (object.baseKnown)
                        message.baseKnown = $Boolean(object.baseKnown);
                if (object.verifications) {
                    if (!$Array.isArray(object.verifications))
                        throw $TypeError(".canopy.shardservice.Submit.verifications: array expected");
                    message.verifications = $Array(object.verifications.length);
                    for (let i = 0; i < object.verifications.length; ++i)
                        message.verifications[i] = $String(object.verifications[i]);
                }
                if (object.participants) {
                    if (!$Array.isArray(object.participants))
                        throw $TypeError(".canopy.shardservice.Submit.participants: array expected");
                    message.participants = $Array(object.participants.length);
                    for (let i = 0; i < object.participants.length; ++i)
                        message.participants[i] = $String(object.participants[i]);
                }
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.canopy.shardservice.CommitMode[object.mode] !== 0))
                    switch (object.mode) {
                    case "COMMIT_MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "COMMIT_ON_READY":
                    case 1:
                        message.mode = 1;
                        break;
                    case "THREE_PHASE":
                    case 2:
                        message.mode = 2;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                return message;
            };

            /**
             * Creates a plain object from a Submit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shardservice.Submit
             * @static
             * @param {canopy.shardservice.Submit} message Submit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Submit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.verifications = [];
                    object.participants = [];
                }
                if (options.defaults) {
                    object.txId = "";
                    if (options.bytes === $String)
                        object.modification = "";
                    else {
                        object.modification = [];
                        if (options.bytes !== $Array)
                            object.modification = $util.newBuffer(object.modification);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.baseIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.baseIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.baseKnown = false;
                    object.chainId = "";
                    object.mode = options.enums === $String ? "COMMIT_MODE_UNSPECIFIED" : 0;
                }
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    object.txId = message.txId;
                if (message.modification != null && $Object.hasOwnProperty.call(message, "modification"))
                    object.modification = options.bytes === $String ? $util.base64.encode(message.modification, 0, message.modification.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.modification) : message.modification;
                if (message.baseIndex != null && $Object.hasOwnProperty.call(message, "baseIndex"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.baseIndex = typeof message.baseIndex === "number" ? $BigInt(message.baseIndex) : $util.Long.fromBits(message.baseIndex.low >>> 0, message.baseIndex.high >>> 0, true).toBigInt();
                    else if (typeof message.baseIndex === "number")
                        object.baseIndex = options.longs === $String ? $String(message.baseIndex) : message.baseIndex;
                    else
                        object.baseIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.baseIndex) : options.longs === $Number ? new $util.LongBits(message.baseIndex.low >>> 0, message.baseIndex.high >>> 0).toNumber(true) : message.baseIndex;
                if (message.baseKnown != null && $Object.hasOwnProperty.call(message, "baseKnown"))
                    object.baseKnown = message.baseKnown;
                if (message.verifications && message.verifications.length) {
                    object.verifications = $Array(message.verifications.length);
                    for (let j = 0; j < message.verifications.length; ++j)
                        object.verifications[j] = message.verifications[j];
                }
                if (message.participants && message.participants.length) {
                    object.participants = $Array(message.participants.length);
                    for (let j = 0; j < message.participants.length; ++j)
                        object.participants[j] = message.participants[j];
                }
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.canopy.shardservice.CommitMode[message.mode] === $undefined ? message.mode : $root.canopy.shardservice.CommitMode[message.mode] : message.mode;
                return object;
            };

            /**
             * Converts this Submit to JSON.
             * @function toJSON
             * @memberof canopy.shardservice.Submit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Submit.prototype.toJSON = function() {
                return Submit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Submit
             * @function getTypeUrl
             * @memberof canopy.shardservice.Submit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Submit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shardservice.Submit";
            };

            return Submit;
        })();

        shardservice.TxStep = (function() {

            /**
             * Properties of a TxStep.
             * @typedef {Object} canopy.shardservice.TxStep.$Properties
             * @property {string|null} [txId] TxStep txId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TxStep.
             * @memberof canopy.shardservice
             * @interface ITxStep
             * @augments canopy.shardservice.TxStep.$Properties
             * @deprecated Use canopy.shardservice.TxStep.$Properties instead.
             */

            /**
             * Shape of a TxStep.
             * @typedef {canopy.shardservice.TxStep.$Properties} canopy.shardservice.TxStep.$Shape
             */

            /**
             * Constructs a new TxStep.
             * @memberof canopy.shardservice
             * @classdesc Represents a TxStep.
             * @constructor
             * @param {canopy.shardservice.TxStep.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TxStep = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TxStep txId.
             * @member {string} txId
             * @memberof canopy.shardservice.TxStep
             * @instance
             */
            TxStep.prototype.txId = "";

            /**
             * Creates a new TxStep instance using the specified properties.
             * @function create
             * @memberof canopy.shardservice.TxStep
             * @static
             * @param {canopy.shardservice.TxStep.$Properties=} [properties] Properties to set
             * @returns {canopy.shardservice.TxStep} TxStep instance
             * @type {{
             *   (properties: canopy.shardservice.TxStep.$Shape): canopy.shardservice.TxStep & canopy.shardservice.TxStep.$Shape;
             *   (properties?: canopy.shardservice.TxStep.$Properties): canopy.shardservice.TxStep;
             * }}
             */
            TxStep.create = function(properties) {
                return new TxStep(properties);
            };

            /**
             * Encodes the specified TxStep message. Does not implicitly {@link canopy.shardservice.TxStep.verify|verify} messages.
             * @function encode
             * @memberof canopy.shardservice.TxStep
             * @static
             * @param {canopy.shardservice.TxStep.$Properties} message TxStep message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TxStep.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId") && message.txId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.txId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified TxStep message, length delimited. Does not implicitly {@link canopy.shardservice.TxStep.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shardservice.TxStep
             * @static
             * @param {canopy.shardservice.TxStep.$Properties} message TxStep message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TxStep.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TxStep message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shardservice.TxStep
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shardservice.TxStep & canopy.shardservice.TxStep.$Shape} TxStep
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TxStep.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shardservice.TxStep();
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
                            if ((value = reader.stringVerify()).length)
                                message.txId = value;
                            else
                                delete message.txId;
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
             * Decodes a TxStep message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shardservice.TxStep
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shardservice.TxStep & canopy.shardservice.TxStep.$Shape} TxStep
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TxStep.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TxStep message.
             * @function verify
             * @memberof canopy.shardservice.TxStep
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TxStep.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    if (!$util.isString(message.txId))
                        return "txId: string expected";
                return null;
            };

            /**
             * Creates a TxStep message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shardservice.TxStep
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shardservice.TxStep} TxStep
             */
            TxStep.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shardservice.TxStep)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shardservice.TxStep: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shardservice.TxStep();
                if (object.txId != null)
                    if (typeof object.txId !== "string" || object.txId.length)
                        message.txId = $String(object.txId);
                return message;
            };

            /**
             * Creates a plain object from a TxStep message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shardservice.TxStep
             * @static
             * @param {canopy.shardservice.TxStep} message TxStep
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TxStep.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.txId = "";
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    object.txId = message.txId;
                return object;
            };

            /**
             * Converts this TxStep to JSON.
             * @function toJSON
             * @memberof canopy.shardservice.TxStep
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TxStep.prototype.toJSON = function() {
                return TxStep.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TxStep
             * @function getTypeUrl
             * @memberof canopy.shardservice.TxStep
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TxStep.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shardservice.TxStep";
            };

            return TxStep;
        })();

        shardservice.CloseChain = (function() {

            /**
             * Properties of a CloseChain.
             * @typedef {Object} canopy.shardservice.CloseChain.$Properties
             * @property {string|null} [chainId] CloseChain chainId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CloseChain.
             * @memberof canopy.shardservice
             * @interface ICloseChain
             * @augments canopy.shardservice.CloseChain.$Properties
             * @deprecated Use canopy.shardservice.CloseChain.$Properties instead.
             */

            /**
             * Shape of a CloseChain.
             * @typedef {canopy.shardservice.CloseChain.$Properties} canopy.shardservice.CloseChain.$Shape
             */

            /**
             * Constructs a new CloseChain.
             * @memberof canopy.shardservice
             * @classdesc Represents a CloseChain.
             * @constructor
             * @param {canopy.shardservice.CloseChain.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CloseChain = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CloseChain chainId.
             * @member {string} chainId
             * @memberof canopy.shardservice.CloseChain
             * @instance
             */
            CloseChain.prototype.chainId = "";

            /**
             * Creates a new CloseChain instance using the specified properties.
             * @function create
             * @memberof canopy.shardservice.CloseChain
             * @static
             * @param {canopy.shardservice.CloseChain.$Properties=} [properties] Properties to set
             * @returns {canopy.shardservice.CloseChain} CloseChain instance
             * @type {{
             *   (properties: canopy.shardservice.CloseChain.$Shape): canopy.shardservice.CloseChain & canopy.shardservice.CloseChain.$Shape;
             *   (properties?: canopy.shardservice.CloseChain.$Properties): canopy.shardservice.CloseChain;
             * }}
             */
            CloseChain.create = function(properties) {
                return new CloseChain(properties);
            };

            /**
             * Encodes the specified CloseChain message. Does not implicitly {@link canopy.shardservice.CloseChain.verify|verify} messages.
             * @function encode
             * @memberof canopy.shardservice.CloseChain
             * @static
             * @param {canopy.shardservice.CloseChain.$Properties} message CloseChain message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CloseChain.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.chainId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CloseChain message, length delimited. Does not implicitly {@link canopy.shardservice.CloseChain.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shardservice.CloseChain
             * @static
             * @param {canopy.shardservice.CloseChain.$Properties} message CloseChain message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CloseChain.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CloseChain message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shardservice.CloseChain
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shardservice.CloseChain & canopy.shardservice.CloseChain.$Shape} CloseChain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CloseChain.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shardservice.CloseChain();
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
                            if ((value = reader.stringVerify()).length)
                                message.chainId = value;
                            else
                                delete message.chainId;
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
             * Decodes a CloseChain message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shardservice.CloseChain
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shardservice.CloseChain & canopy.shardservice.CloseChain.$Shape} CloseChain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CloseChain.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CloseChain message.
             * @function verify
             * @memberof canopy.shardservice.CloseChain
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CloseChain.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    if (!$util.isString(message.chainId))
                        return "chainId: string expected";
                return null;
            };

            /**
             * Creates a CloseChain message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shardservice.CloseChain
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shardservice.CloseChain} CloseChain
             */
            CloseChain.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shardservice.CloseChain)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shardservice.CloseChain: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shardservice.CloseChain();
                if (object.chainId != null)
                    if (typeof object.chainId !== "string" || object.chainId.length)
                        message.chainId = $String(object.chainId);
                return message;
            };

            /**
             * Creates a plain object from a CloseChain message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shardservice.CloseChain
             * @static
             * @param {canopy.shardservice.CloseChain} message CloseChain
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CloseChain.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.chainId = "";
                if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                    object.chainId = message.chainId;
                return object;
            };

            /**
             * Converts this CloseChain to JSON.
             * @function toJSON
             * @memberof canopy.shardservice.CloseChain
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CloseChain.prototype.toJSON = function() {
                return CloseChain.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CloseChain
             * @function getTypeUrl
             * @memberof canopy.shardservice.CloseChain
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CloseChain.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shardservice.CloseChain";
            };

            return CloseChain;
        })();

        shardservice.Read = (function() {

            /**
             * Properties of a Read.
             * @typedef {Object} canopy.shardservice.Read.$Properties
             * @property {canopy.shardservice.ReadMode|null} [mode] Read mode
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Read.
             * @memberof canopy.shardservice
             * @interface IRead
             * @augments canopy.shardservice.Read.$Properties
             * @deprecated Use canopy.shardservice.Read.$Properties instead.
             */

            /**
             * Shape of a Read.
             * @typedef {canopy.shardservice.Read.$Properties} canopy.shardservice.Read.$Shape
             */

            /**
             * Constructs a new Read.
             * @memberof canopy.shardservice
             * @classdesc Represents a Read.
             * @constructor
             * @param {canopy.shardservice.Read.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Read = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Read mode.
             * @member {canopy.shardservice.ReadMode} mode
             * @memberof canopy.shardservice.Read
             * @instance
             */
            Read.prototype.mode = 0;

            /**
             * Creates a new Read instance using the specified properties.
             * @function create
             * @memberof canopy.shardservice.Read
             * @static
             * @param {canopy.shardservice.Read.$Properties=} [properties] Properties to set
             * @returns {canopy.shardservice.Read} Read instance
             * @type {{
             *   (properties: canopy.shardservice.Read.$Shape): canopy.shardservice.Read & canopy.shardservice.Read.$Shape;
             *   (properties?: canopy.shardservice.Read.$Properties): canopy.shardservice.Read;
             * }}
             */
            Read.create = function(properties) {
                return new Read(properties);
            };

            /**
             * Encodes the specified Read message. Does not implicitly {@link canopy.shardservice.Read.verify|verify} messages.
             * @function encode
             * @memberof canopy.shardservice.Read
             * @static
             * @param {canopy.shardservice.Read.$Properties} message Read message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Read.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode") && message.mode !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.mode);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Read message, length delimited. Does not implicitly {@link canopy.shardservice.Read.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shardservice.Read
             * @static
             * @param {canopy.shardservice.Read.$Properties} message Read message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Read.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Read message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shardservice.Read
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shardservice.Read & canopy.shardservice.Read.$Shape} Read
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Read.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shardservice.Read();
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
                            if (value = reader.int32())
                                message.mode = value;
                            else
                                delete message.mode;
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
             * Decodes a Read message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shardservice.Read
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shardservice.Read & canopy.shardservice.Read.$Shape} Read
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Read.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Read message.
             * @function verify
             * @memberof canopy.shardservice.Read
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Read.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    if (typeof message.mode !== "number" || (message.mode | 0) !== message.mode)
                        return "mode: enum value expected";
                return null;
            };

            /**
             * Creates a Read message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shardservice.Read
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shardservice.Read} Read
             */
            Read.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shardservice.Read)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shardservice.Read: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shardservice.Read();
                if (object.mode !== 0 && (typeof object.mode !== "string" || $root.canopy.shardservice.ReadMode[object.mode] !== 0))
                    switch (object.mode) {
                    case "READ_MODE_UNSPECIFIED":
                    case 0:
                        message.mode = 0;
                        break;
                    case "LINEARIZABLE":
                    case 1:
                        message.mode = 1;
                        break;
                    case "LOCAL":
                    case 2:
                        message.mode = 2;
                        break;
                    default:
                        if (typeof object.mode === "number" && (object.mode | 0) === object.mode)
                            message.mode = object.mode;
                    }
                return message;
            };

            /**
             * Creates a plain object from a Read message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shardservice.Read
             * @static
             * @param {canopy.shardservice.Read} message Read
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Read.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.mode = options.enums === $String ? "READ_MODE_UNSPECIFIED" : 0;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = options.enums === $String ? $root.canopy.shardservice.ReadMode[message.mode] === $undefined ? message.mode : $root.canopy.shardservice.ReadMode[message.mode] : message.mode;
                return object;
            };

            /**
             * Converts this Read to JSON.
             * @function toJSON
             * @memberof canopy.shardservice.Read
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Read.prototype.toJSON = function() {
                return Read.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Read
             * @function getTypeUrl
             * @memberof canopy.shardservice.Read
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Read.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shardservice.Read";
            };

            return Read;
        })();

        shardservice.ShardRequest = (function() {

            /**
             * Properties of a ShardRequest.
             * @typedef {Object} canopy.shardservice.ShardRequest.$Properties
             * @property {number|Long|null} [requestId] ShardRequest requestId
             * @property {string|null} [replica] ShardRequest replica
             * @property {canopy.shardservice.Submit.$Properties|null} [submit] ShardRequest submit
             * @property {canopy.shardservice.TxStep.$Properties|null} [canCommit] ShardRequest canCommit
             * @property {canopy.shardservice.TxStep.$Properties|null} [preCommit] ShardRequest preCommit
             * @property {canopy.shardservice.TxStep.$Properties|null} [commit] ShardRequest commit
             * @property {canopy.shardservice.TxStep.$Properties|null} [abort] ShardRequest abort
             * @property {canopy.shardservice.CloseChain.$Properties|null} [closeChain] ShardRequest closeChain
             * @property {canopy.shardservice.Read.$Properties|null} [read] ShardRequest read
             * @property {"submit"|"canCommit"|"preCommit"|"commit"|"abort"|"closeChain"|"read"} [op] ShardRequest op
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShardRequest.
             * @memberof canopy.shardservice
             * @interface IShardRequest
             * @augments canopy.shardservice.ShardRequest.$Properties
             * @deprecated Use canopy.shardservice.ShardRequest.$Properties instead.
             */

            /**
             * Narrowed shape of a ShardRequest.
             * @typedef {{
             *   requestId?: number|Long|null;
             *   replica?: string|null;
             *   submit?: canopy.shardservice.Submit.$Shape|null;
             *   canCommit?: canopy.shardservice.TxStep.$Shape|null;
             *   preCommit?: canopy.shardservice.TxStep.$Shape|null;
             *   commit?: canopy.shardservice.TxStep.$Shape|null;
             *   abort?: canopy.shardservice.TxStep.$Shape|null;
             *   closeChain?: canopy.shardservice.CloseChain.$Shape|null;
             *   read?: canopy.shardservice.Read.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ op?: undefined; submit?: null; canCommit?: null; preCommit?: null; commit?: null; abort?: null; closeChain?: null; read?: null }|{ op?: "submit"; submit: canopy.shardservice.Submit.$Shape; canCommit?: null; preCommit?: null; commit?: null; abort?: null; closeChain?: null; read?: null }|{ op?: "canCommit"; submit?: null; canCommit: canopy.shardservice.TxStep.$Shape; preCommit?: null; commit?: null; abort?: null; closeChain?: null; read?: null }|{ op?: "preCommit"; submit?: null; canCommit?: null; preCommit: canopy.shardservice.TxStep.$Shape; commit?: null; abort?: null; closeChain?: null; read?: null }|{ op?: "commit"; submit?: null; canCommit?: null; preCommit?: null; commit: canopy.shardservice.TxStep.$Shape; abort?: null; closeChain?: null; read?: null }|{ op?: "abort"; submit?: null; canCommit?: null; preCommit?: null; commit?: null; abort: canopy.shardservice.TxStep.$Shape; closeChain?: null; read?: null }|{ op?: "closeChain"; submit?: null; canCommit?: null; preCommit?: null; commit?: null; abort?: null; closeChain: canopy.shardservice.CloseChain.$Shape; read?: null }|{ op?: "read"; submit?: null; canCommit?: null; preCommit?: null; commit?: null; abort?: null; closeChain?: null; read: canopy.shardservice.Read.$Shape })
             * )} canopy.shardservice.ShardRequest.$Shape
             */

            /**
             * Constructs a new ShardRequest.
             * @memberof canopy.shardservice
             * @classdesc Represents a ShardRequest.
             * @constructor
             * @param {canopy.shardservice.ShardRequest.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShardRequest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShardRequest requestId.
             * @member {number|Long} requestId
             * @memberof canopy.shardservice.ShardRequest
             * @instance
             */
            ShardRequest.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ShardRequest replica.
             * @member {string} replica
             * @memberof canopy.shardservice.ShardRequest
             * @instance
             */
            ShardRequest.prototype.replica = "";

            /**
             * ShardRequest submit.
             * @member {canopy.shardservice.Submit.$Properties|null|undefined} submit
             * @memberof canopy.shardservice.ShardRequest
             * @instance
             */
            ShardRequest.prototype.submit = null;

            /**
             * ShardRequest canCommit.
             * @member {canopy.shardservice.TxStep.$Properties|null|undefined} canCommit
             * @memberof canopy.shardservice.ShardRequest
             * @instance
             */
            ShardRequest.prototype.canCommit = null;

            /**
             * ShardRequest preCommit.
             * @member {canopy.shardservice.TxStep.$Properties|null|undefined} preCommit
             * @memberof canopy.shardservice.ShardRequest
             * @instance
             */
            ShardRequest.prototype.preCommit = null;

            /**
             * ShardRequest commit.
             * @member {canopy.shardservice.TxStep.$Properties|null|undefined} commit
             * @memberof canopy.shardservice.ShardRequest
             * @instance
             */
            ShardRequest.prototype.commit = null;

            /**
             * ShardRequest abort.
             * @member {canopy.shardservice.TxStep.$Properties|null|undefined} abort
             * @memberof canopy.shardservice.ShardRequest
             * @instance
             */
            ShardRequest.prototype.abort = null;

            /**
             * ShardRequest closeChain.
             * @member {canopy.shardservice.CloseChain.$Properties|null|undefined} closeChain
             * @memberof canopy.shardservice.ShardRequest
             * @instance
             */
            ShardRequest.prototype.closeChain = null;

            /**
             * ShardRequest read.
             * @member {canopy.shardservice.Read.$Properties|null|undefined} read
             * @memberof canopy.shardservice.ShardRequest
             * @instance
             */
            ShardRequest.prototype.read = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ShardRequest op.
             * @member {"submit"|"canCommit"|"preCommit"|"commit"|"abort"|"closeChain"|"read"|undefined} op
             * @memberof canopy.shardservice.ShardRequest
             * @instance
             */
            $Object.defineProperty(ShardRequest.prototype, "op", {
                get: $util.oneOfGetter($oneOfFields = ["submit", "canCommit", "preCommit", "commit", "abort", "closeChain", "read"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ShardRequest instance using the specified properties.
             * @function create
             * @memberof canopy.shardservice.ShardRequest
             * @static
             * @param {canopy.shardservice.ShardRequest.$Properties=} [properties] Properties to set
             * @returns {canopy.shardservice.ShardRequest} ShardRequest instance
             * @type {{
             *   (properties: canopy.shardservice.ShardRequest.$Shape): canopy.shardservice.ShardRequest & canopy.shardservice.ShardRequest.$Shape;
             *   (properties?: canopy.shardservice.ShardRequest.$Properties): canopy.shardservice.ShardRequest;
             * }}
             */
            ShardRequest.create = function(properties) {
                return new ShardRequest(properties);
            };

            /**
             * Encodes the specified ShardRequest message. Does not implicitly {@link canopy.shardservice.ShardRequest.verify|verify} messages.
             * @function encode
             * @memberof canopy.shardservice.ShardRequest
             * @static
             * @param {canopy.shardservice.ShardRequest.$Properties} message ShardRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShardRequest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
                if (message.replica != null && $Object.hasOwnProperty.call(message, "replica") && message.replica !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.replica);
                if (message.submit != null && $Object.hasOwnProperty.call(message, "submit"))
                    $root.canopy.shardservice.Submit.encode(message.submit, writer.uint32(/* id 10, wireType 2 =*/82).fork(), _depth + 1).ldelim();
                if (message.canCommit != null && $Object.hasOwnProperty.call(message, "canCommit"))
                    $root.canopy.shardservice.TxStep.encode(message.canCommit, writer.uint32(/* id 11, wireType 2 =*/90).fork(), _depth + 1).ldelim();
                if (message.preCommit != null && $Object.hasOwnProperty.call(message, "preCommit"))
                    $root.canopy.shardservice.TxStep.encode(message.preCommit, writer.uint32(/* id 12, wireType 2 =*/98).fork(), _depth + 1).ldelim();
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    $root.canopy.shardservice.TxStep.encode(message.commit, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.abort != null && $Object.hasOwnProperty.call(message, "abort"))
                    $root.canopy.shardservice.TxStep.encode(message.abort, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                if (message.closeChain != null && $Object.hasOwnProperty.call(message, "closeChain"))
                    $root.canopy.shardservice.CloseChain.encode(message.closeChain, writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.read != null && $Object.hasOwnProperty.call(message, "read"))
                    $root.canopy.shardservice.Read.encode(message.read, writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ShardRequest message, length delimited. Does not implicitly {@link canopy.shardservice.ShardRequest.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shardservice.ShardRequest
             * @static
             * @param {canopy.shardservice.ShardRequest.$Properties} message ShardRequest message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShardRequest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ShardRequest message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shardservice.ShardRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shardservice.ShardRequest & canopy.shardservice.ShardRequest.$Shape} ShardRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShardRequest.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shardservice.ShardRequest();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.replica = value;
                            else
                                delete message.replica;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.submit = $root.canopy.shardservice.Submit.decode(reader, reader.size(), $undefined, _depth + 1, message.submit);
                            message.op = "submit";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.canCommit = $root.canopy.shardservice.TxStep.decode(reader, reader.size(), $undefined, _depth + 1, message.canCommit);
                            message.op = "canCommit";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.preCommit = $root.canopy.shardservice.TxStep.decode(reader, reader.size(), $undefined, _depth + 1, message.preCommit);
                            message.op = "preCommit";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.commit = $root.canopy.shardservice.TxStep.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                            message.op = "commit";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.abort = $root.canopy.shardservice.TxStep.decode(reader, reader.size(), $undefined, _depth + 1, message.abort);
                            message.op = "abort";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.closeChain = $root.canopy.shardservice.CloseChain.decode(reader, reader.size(), $undefined, _depth + 1, message.closeChain);
                            message.op = "closeChain";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.read = $root.canopy.shardservice.Read.decode(reader, reader.size(), $undefined, _depth + 1, message.read);
                            message.op = "read";
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
             * Decodes a ShardRequest message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shardservice.ShardRequest
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shardservice.ShardRequest & canopy.shardservice.ShardRequest.$Shape} ShardRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShardRequest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ShardRequest message.
             * @function verify
             * @memberof canopy.shardservice.ShardRequest
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ShardRequest.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isInteger(message.requestId) && !(message.requestId && $util.isInteger(message.requestId.low) && $util.isInteger(message.requestId.high)))
                        return "requestId: integer|Long expected";
                if (message.replica != null && $Object.hasOwnProperty.call(message, "replica"))
                    if (!$util.isString(message.replica))
                        return "replica: string expected";
                if (message.submit != null && $Object.hasOwnProperty.call(message, "submit")) {
                    properties.op = 1;
                    {
                        let error = $root.canopy.shardservice.Submit.verify(message.submit, _depth + 1);
                        if (error)
                            return "submit." + error;
                    }
                }
                if (message.canCommit != null && $Object.hasOwnProperty.call(message, "canCommit")) {
                    if (properties.op === 1)
                        return "op: multiple values";
                    properties.op = 1;
                    {
                        let error = $root.canopy.shardservice.TxStep.verify(message.canCommit, _depth + 1);
                        if (error)
                            return "canCommit." + error;
                    }
                }
                if (message.preCommit != null && $Object.hasOwnProperty.call(message, "preCommit")) {
                    if (properties.op === 1)
                        return "op: multiple values";
                    properties.op = 1;
                    {
                        let error = $root.canopy.shardservice.TxStep.verify(message.preCommit, _depth + 1);
                        if (error)
                            return "preCommit." + error;
                    }
                }
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit")) {
                    if (properties.op === 1)
                        return "op: multiple values";
                    properties.op = 1;
                    {
                        let error = $root.canopy.shardservice.TxStep.verify(message.commit, _depth + 1);
                        if (error)
                            return "commit." + error;
                    }
                }
                if (message.abort != null && $Object.hasOwnProperty.call(message, "abort")) {
                    if (properties.op === 1)
                        return "op: multiple values";
                    properties.op = 1;
                    {
                        let error = $root.canopy.shardservice.TxStep.verify(message.abort, _depth + 1);
                        if (error)
                            return "abort." + error;
                    }
                }
                if (message.closeChain != null && $Object.hasOwnProperty.call(message, "closeChain")) {
                    if (properties.op === 1)
                        return "op: multiple values";
                    properties.op = 1;
                    {
                        let error = $root.canopy.shardservice.CloseChain.verify(message.closeChain, _depth + 1);
                        if (error)
                            return "closeChain." + error;
                    }
                }
                if (message.read != null && $Object.hasOwnProperty.call(message, "read")) {
                    if (properties.op === 1)
                        return "op: multiple values";
                    properties.op = 1;
                    {
                        let error = $root.canopy.shardservice.Read.verify(message.read, _depth + 1);
                        if (error)
                            return "read." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ShardRequest message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shardservice.ShardRequest
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shardservice.ShardRequest} ShardRequest
             */
            ShardRequest.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shardservice.ShardRequest)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shardservice.ShardRequest: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shardservice.ShardRequest();
                if (object.requestId != null)
                    if (typeof object.requestId === "object" ? object.requestId.low || object.requestId.high : $Number(object.requestId) !== 0)
                        if ($util.Long)
                            message.requestId = $util.Long.fromValue(object.requestId, true);
                        else if (typeof object.requestId === "string")
                            message.requestId = $parseInt(object.requestId, 10);
                        else if (typeof object.requestId === "number")
                            message.requestId = object.requestId;
                        else if (typeof object.requestId === "object")
                            message.requestId = new $util.LongBits(object.requestId.low >>> 0, object.requestId.high >>> 0).toNumber(true);
                if (object.replica != null)
                    if (typeof object.replica !== "string" || object.replica.length)
                        message.replica = $String(object.replica);
                if (object.submit != null) {
                    if (!$util.isObject(object.submit))
                        throw $TypeError(".canopy.shardservice.ShardRequest.submit: object expected");
                    message.submit = $root.canopy.shardservice.Submit.fromObject(object.submit, _depth + 1);
                }
                if (object.canCommit != null) {
                    if (!$util.isObject(object.canCommit))
                        throw $TypeError(".canopy.shardservice.ShardRequest.canCommit: object expected");
                    message.canCommit = $root.canopy.shardservice.TxStep.fromObject(object.canCommit, _depth + 1);
                }
                if (object.preCommit != null) {
                    if (!$util.isObject(object.preCommit))
                        throw $TypeError(".canopy.shardservice.ShardRequest.preCommit: object expected");
                    message.preCommit = $root.canopy.shardservice.TxStep.fromObject(object.preCommit, _depth + 1);
                }
                if (object.commit != null) {
                    if (!$util.isObject(object.commit))
                        throw $TypeError(".canopy.shardservice.ShardRequest.commit: object expected");
                    message.commit = $root.canopy.shardservice.TxStep.fromObject(object.commit, _depth + 1);
                }
                if (object.abort != null) {
                    if (!$util.isObject(object.abort))
                        throw $TypeError(".canopy.shardservice.ShardRequest.abort: object expected");
                    message.abort = $root.canopy.shardservice.TxStep.fromObject(object.abort, _depth + 1);
                }
                if (object.closeChain != null) {
                    if (!$util.isObject(object.closeChain))
                        throw $TypeError(".canopy.shardservice.ShardRequest.closeChain: object expected");
                    message.closeChain = $root.canopy.shardservice.CloseChain.fromObject(object.closeChain, _depth + 1);
                }
                if (object.read != null) {
                    if (!$util.isObject(object.read))
                        throw $TypeError(".canopy.shardservice.ShardRequest.read: object expected");
                    message.read = $root.canopy.shardservice.Read.fromObject(object.read, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ShardRequest message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shardservice.ShardRequest
             * @static
             * @param {canopy.shardservice.ShardRequest} message ShardRequest
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShardRequest.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.requestId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.requestId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.replica = "";
                }
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.requestId = typeof message.requestId === "number" ? $BigInt(message.requestId) : $util.Long.fromBits(message.requestId.low >>> 0, message.requestId.high >>> 0, true).toBigInt();
                    else if (typeof message.requestId === "number")
                        object.requestId = options.longs === $String ? $String(message.requestId) : message.requestId;
                    else
                        object.requestId = options.longs === $String ? $util.Long.prototype.toString.call(message.requestId) : options.longs === $Number ? new $util.LongBits(message.requestId.low >>> 0, message.requestId.high >>> 0).toNumber(true) : message.requestId;
                if (message.replica != null && $Object.hasOwnProperty.call(message, "replica"))
                    object.replica = message.replica;
                if (message.submit != null && $Object.hasOwnProperty.call(message, "submit")) {
                    object.submit = $root.canopy.shardservice.Submit.toObject(message.submit, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "submit";
                }
                if (message.canCommit != null && $Object.hasOwnProperty.call(message, "canCommit")) {
                    object.canCommit = $root.canopy.shardservice.TxStep.toObject(message.canCommit, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "canCommit";
                }
                if (message.preCommit != null && $Object.hasOwnProperty.call(message, "preCommit")) {
                    object.preCommit = $root.canopy.shardservice.TxStep.toObject(message.preCommit, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "preCommit";
                }
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit")) {
                    object.commit = $root.canopy.shardservice.TxStep.toObject(message.commit, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "commit";
                }
                if (message.abort != null && $Object.hasOwnProperty.call(message, "abort")) {
                    object.abort = $root.canopy.shardservice.TxStep.toObject(message.abort, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "abort";
                }
                if (message.closeChain != null && $Object.hasOwnProperty.call(message, "closeChain")) {
                    object.closeChain = $root.canopy.shardservice.CloseChain.toObject(message.closeChain, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "closeChain";
                }
                if (message.read != null && $Object.hasOwnProperty.call(message, "read")) {
                    object.read = $root.canopy.shardservice.Read.toObject(message.read, options, _depth + 1);
                    if (options.oneofs)
                        object.op = "read";
                }
                return object;
            };

            /**
             * Converts this ShardRequest to JSON.
             * @function toJSON
             * @memberof canopy.shardservice.ShardRequest
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShardRequest.prototype.toJSON = function() {
                return ShardRequest.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ShardRequest
             * @function getTypeUrl
             * @memberof canopy.shardservice.ShardRequest
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShardRequest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shardservice.ShardRequest";
            };

            return ShardRequest;
        })();

        shardservice.PairMark = (function() {

            /**
             * Properties of a PairMark.
             * @typedef {Object} canopy.shardservice.PairMark.$Properties
             * @property {string|null} [shard] PairMark shard
             * @property {string|null} [txId] PairMark txId
             * @property {number|Long|null} [count] PairMark count
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PairMark.
             * @memberof canopy.shardservice
             * @interface IPairMark
             * @augments canopy.shardservice.PairMark.$Properties
             * @deprecated Use canopy.shardservice.PairMark.$Properties instead.
             */

            /**
             * Shape of a PairMark.
             * @typedef {canopy.shardservice.PairMark.$Properties} canopy.shardservice.PairMark.$Shape
             */

            /**
             * Constructs a new PairMark.
             * @memberof canopy.shardservice
             * @classdesc Represents a PairMark.
             * @constructor
             * @param {canopy.shardservice.PairMark.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PairMark = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PairMark shard.
             * @member {string} shard
             * @memberof canopy.shardservice.PairMark
             * @instance
             */
            PairMark.prototype.shard = "";

            /**
             * PairMark txId.
             * @member {string} txId
             * @memberof canopy.shardservice.PairMark
             * @instance
             */
            PairMark.prototype.txId = "";

            /**
             * PairMark count.
             * @member {number|Long} count
             * @memberof canopy.shardservice.PairMark
             * @instance
             */
            PairMark.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new PairMark instance using the specified properties.
             * @function create
             * @memberof canopy.shardservice.PairMark
             * @static
             * @param {canopy.shardservice.PairMark.$Properties=} [properties] Properties to set
             * @returns {canopy.shardservice.PairMark} PairMark instance
             * @type {{
             *   (properties: canopy.shardservice.PairMark.$Shape): canopy.shardservice.PairMark & canopy.shardservice.PairMark.$Shape;
             *   (properties?: canopy.shardservice.PairMark.$Properties): canopy.shardservice.PairMark;
             * }}
             */
            PairMark.create = function(properties) {
                return new PairMark(properties);
            };

            /**
             * Encodes the specified PairMark message. Does not implicitly {@link canopy.shardservice.PairMark.verify|verify} messages.
             * @function encode
             * @memberof canopy.shardservice.PairMark
             * @static
             * @param {canopy.shardservice.PairMark.$Properties} message PairMark message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PairMark.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.shard != null && $Object.hasOwnProperty.call(message, "shard") && message.shard !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.shard);
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId") && message.txId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.txId);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PairMark message, length delimited. Does not implicitly {@link canopy.shardservice.PairMark.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shardservice.PairMark
             * @static
             * @param {canopy.shardservice.PairMark.$Properties} message PairMark message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PairMark.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PairMark message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shardservice.PairMark
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shardservice.PairMark & canopy.shardservice.PairMark.$Shape} PairMark
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PairMark.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shardservice.PairMark();
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
                            if ((value = reader.stringVerify()).length)
                                message.shard = value;
                            else
                                delete message.shard;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.txId = value;
                            else
                                delete message.txId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.count = value;
                            else
                                delete message.count;
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
             * Decodes a PairMark message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shardservice.PairMark
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shardservice.PairMark & canopy.shardservice.PairMark.$Shape} PairMark
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PairMark.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PairMark message.
             * @function verify
             * @memberof canopy.shardservice.PairMark
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PairMark.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.shard != null && $Object.hasOwnProperty.call(message, "shard"))
                    if (!$util.isString(message.shard))
                        return "shard: string expected";
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    if (!$util.isString(message.txId))
                        return "txId: string expected";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count) && !(message.count && $util.isInteger(message.count.low) && $util.isInteger(message.count.high)))
                        return "count: integer|Long expected";
                return null;
            };

            /**
             * Creates a PairMark message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shardservice.PairMark
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shardservice.PairMark} PairMark
             */
            PairMark.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shardservice.PairMark)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shardservice.PairMark: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shardservice.PairMark();
                if (object.shard != null)
                    if (typeof object.shard !== "string" || object.shard.length)
                        message.shard = $String(object.shard);
                if (object.txId != null)
                    if (typeof object.txId !== "string" || object.txId.length)
                        message.txId = $String(object.txId);
                if (object.count != null)
                    if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                        if ($util.Long)
                            message.count = $util.Long.fromValue(object.count, true);
                        else if (typeof object.count === "string")
                            message.count = $parseInt(object.count, 10);
                        else if (typeof object.count === "number")
                            message.count = object.count;
                        else if (typeof object.count === "object")
                            message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a PairMark message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shardservice.PairMark
             * @static
             * @param {canopy.shardservice.PairMark} message PairMark
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PairMark.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.shard = "";
                    object.txId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.shard != null && $Object.hasOwnProperty.call(message, "shard"))
                    object.shard = message.shard;
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    object.txId = message.txId;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                    else if (typeof message.count === "number")
                        object.count = options.longs === $String ? $String(message.count) : message.count;
                    else
                        object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                return object;
            };

            /**
             * Converts this PairMark to JSON.
             * @function toJSON
             * @memberof canopy.shardservice.PairMark
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PairMark.prototype.toJSON = function() {
                return PairMark.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PairMark
             * @function getTypeUrl
             * @memberof canopy.shardservice.PairMark
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PairMark.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shardservice.PairMark";
            };

            return PairMark;
        })();

        shardservice.ReadResult = (function() {

            /**
             * Properties of a ReadResult.
             * @typedef {Object} canopy.shardservice.ReadResult.$Properties
             * @property {Uint8Array|null} [tree] ReadResult tree
             * @property {number|Long|null} [appliedIndex] ReadResult appliedIndex
             * @property {string|null} [shard] ReadResult shard
             * @property {Array.<canopy.shardservice.PairMark.$Properties>|null} [pairMarks] ReadResult pairMarks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ReadResult.
             * @memberof canopy.shardservice
             * @interface IReadResult
             * @augments canopy.shardservice.ReadResult.$Properties
             * @deprecated Use canopy.shardservice.ReadResult.$Properties instead.
             */

            /**
             * Shape of a ReadResult.
             * @typedef {canopy.shardservice.ReadResult.$Properties} canopy.shardservice.ReadResult.$Shape
             */

            /**
             * Constructs a new ReadResult.
             * @memberof canopy.shardservice
             * @classdesc Represents a ReadResult.
             * @constructor
             * @param {canopy.shardservice.ReadResult.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ReadResult = function (properties) {
                this.pairMarks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ReadResult tree.
             * @member {Uint8Array} tree
             * @memberof canopy.shardservice.ReadResult
             * @instance
             */
            ReadResult.prototype.tree = $util.newBuffer([]);

            /**
             * ReadResult appliedIndex.
             * @member {number|Long} appliedIndex
             * @memberof canopy.shardservice.ReadResult
             * @instance
             */
            ReadResult.prototype.appliedIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ReadResult shard.
             * @member {string} shard
             * @memberof canopy.shardservice.ReadResult
             * @instance
             */
            ReadResult.prototype.shard = "";

            /**
             * ReadResult pairMarks.
             * @member {Array.<canopy.shardservice.PairMark.$Properties>} pairMarks
             * @memberof canopy.shardservice.ReadResult
             * @instance
             */
            ReadResult.prototype.pairMarks = $util.emptyArray;

            /**
             * Creates a new ReadResult instance using the specified properties.
             * @function create
             * @memberof canopy.shardservice.ReadResult
             * @static
             * @param {canopy.shardservice.ReadResult.$Properties=} [properties] Properties to set
             * @returns {canopy.shardservice.ReadResult} ReadResult instance
             * @type {{
             *   (properties: canopy.shardservice.ReadResult.$Shape): canopy.shardservice.ReadResult & canopy.shardservice.ReadResult.$Shape;
             *   (properties?: canopy.shardservice.ReadResult.$Properties): canopy.shardservice.ReadResult;
             * }}
             */
            ReadResult.create = function(properties) {
                return new ReadResult(properties);
            };

            /**
             * Encodes the specified ReadResult message. Does not implicitly {@link canopy.shardservice.ReadResult.verify|verify} messages.
             * @function encode
             * @memberof canopy.shardservice.ReadResult
             * @static
             * @param {canopy.shardservice.ReadResult.$Properties} message ReadResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.tree != null && $Object.hasOwnProperty.call(message, "tree") && message.tree.length)
                    writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.tree);
                if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex") && (typeof message.appliedIndex === "object" ? message.appliedIndex.low || message.appliedIndex.high : message.appliedIndex !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.appliedIndex);
                if (message.shard != null && $Object.hasOwnProperty.call(message, "shard") && message.shard !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.shard);
                if (message.pairMarks != null && message.pairMarks.length)
                    for (let i = 0; i < message.pairMarks.length; ++i)
                        $root.canopy.shardservice.PairMark.encode(message.pairMarks[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ReadResult message, length delimited. Does not implicitly {@link canopy.shardservice.ReadResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shardservice.ReadResult
             * @static
             * @param {canopy.shardservice.ReadResult.$Properties} message ReadResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ReadResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ReadResult message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shardservice.ReadResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shardservice.ReadResult & canopy.shardservice.ReadResult.$Shape} ReadResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadResult.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shardservice.ReadResult();
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
                            if ((value = reader.bytes()).length)
                                message.tree = value;
                            else
                                delete message.tree;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.appliedIndex = value;
                            else
                                delete message.appliedIndex;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.shard = value;
                            else
                                delete message.shard;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pairMarks && message.pairMarks.length))
                                message.pairMarks = [];
                            message.pairMarks.push($root.canopy.shardservice.PairMark.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes a ReadResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shardservice.ReadResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shardservice.ReadResult & canopy.shardservice.ReadResult.$Shape} ReadResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ReadResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ReadResult message.
             * @function verify
             * @memberof canopy.shardservice.ReadResult
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ReadResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.tree != null && $Object.hasOwnProperty.call(message, "tree"))
                    if (!(message.tree && typeof message.tree.length === "number" || $util.isString(message.tree)))
                        return "tree: buffer expected";
                if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                    if (!$util.isInteger(message.appliedIndex) && !(message.appliedIndex && $util.isInteger(message.appliedIndex.low) && $util.isInteger(message.appliedIndex.high)))
                        return "appliedIndex: integer|Long expected";
                if (message.shard != null && $Object.hasOwnProperty.call(message, "shard"))
                    if (!$util.isString(message.shard))
                        return "shard: string expected";
                if (message.pairMarks != null && $Object.hasOwnProperty.call(message, "pairMarks")) {
                    if (!$Array.isArray(message.pairMarks))
                        return "pairMarks: array expected";
                    for (let i = 0; i < message.pairMarks.length; ++i) {
                        let error = $root.canopy.shardservice.PairMark.verify(message.pairMarks[i], _depth + 1);
                        if (error)
                            return "pairMarks." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ReadResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shardservice.ReadResult
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shardservice.ReadResult} ReadResult
             */
            ReadResult.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shardservice.ReadResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shardservice.ReadResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shardservice.ReadResult();
                if (object.tree != null)
                    if (object.tree.length)
                        if (typeof object.tree === "string")
                            $util.base64.decode(object.tree, message.tree = $util.newBuffer($util.base64.length(object.tree)), 0);
                        else if (object.tree.length >= 0)
                            message.tree = object.tree;
                if (object.appliedIndex != null)
                    if (typeof object.appliedIndex === "object" ? object.appliedIndex.low || object.appliedIndex.high : $Number(object.appliedIndex) !== 0)
                        if ($util.Long)
                            message.appliedIndex = $util.Long.fromValue(object.appliedIndex, true);
                        else if (typeof object.appliedIndex === "string")
                            message.appliedIndex = $parseInt(object.appliedIndex, 10);
                        else if (typeof object.appliedIndex === "number")
                            message.appliedIndex = object.appliedIndex;
                        else if (typeof object.appliedIndex === "object")
                            message.appliedIndex = new $util.LongBits(object.appliedIndex.low >>> 0, object.appliedIndex.high >>> 0).toNumber(true);
                if (object.shard != null)
                    if (typeof object.shard !== "string" || object.shard.length)
                        message.shard = $String(object.shard);
                if (object.pairMarks) {
                    if (!$Array.isArray(object.pairMarks))
                        throw $TypeError(".canopy.shardservice.ReadResult.pairMarks: array expected");
                    message.pairMarks = $Array(object.pairMarks.length);
                    for (let i = 0; i < object.pairMarks.length; ++i) {
                        if (!$util.isObject(object.pairMarks[i]))
                            throw $TypeError(".canopy.shardservice.ReadResult.pairMarks: object expected");
                        message.pairMarks[i] = $root.canopy.shardservice.PairMark.fromObject(object.pairMarks[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ReadResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shardservice.ReadResult
             * @static
             * @param {canopy.shardservice.ReadResult} message ReadResult
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ReadResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.pairMarks = [];
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.tree = "";
                    else {
                        object.tree = [];
                        if (options.bytes !== $Array)
                            object.tree = $util.newBuffer(object.tree);
                    }
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.appliedIndex = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.appliedIndex = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.shard = "";
                }
                if (message.tree != null && $Object.hasOwnProperty.call(message, "tree"))
                    object.tree = options.bytes === $String ? $util.base64.encode(message.tree, 0, message.tree.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tree) : message.tree;
                if (message.appliedIndex != null && $Object.hasOwnProperty.call(message, "appliedIndex"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.appliedIndex = typeof message.appliedIndex === "number" ? $BigInt(message.appliedIndex) : $util.Long.fromBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0, true).toBigInt();
                    else if (typeof message.appliedIndex === "number")
                        object.appliedIndex = options.longs === $String ? $String(message.appliedIndex) : message.appliedIndex;
                    else
                        object.appliedIndex = options.longs === $String ? $util.Long.prototype.toString.call(message.appliedIndex) : options.longs === $Number ? new $util.LongBits(message.appliedIndex.low >>> 0, message.appliedIndex.high >>> 0).toNumber(true) : message.appliedIndex;
                if (message.shard != null && $Object.hasOwnProperty.call(message, "shard"))
                    object.shard = message.shard;
                if (message.pairMarks && message.pairMarks.length) {
                    object.pairMarks = $Array(message.pairMarks.length);
                    for (let j = 0; j < message.pairMarks.length; ++j)
                        object.pairMarks[j] = $root.canopy.shardservice.PairMark.toObject(message.pairMarks[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ReadResult to JSON.
             * @function toJSON
             * @memberof canopy.shardservice.ReadResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ReadResult.prototype.toJSON = function() {
                return ReadResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ReadResult
             * @function getTypeUrl
             * @memberof canopy.shardservice.ReadResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ReadResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shardservice.ReadResult";
            };

            return ReadResult;
        })();

        shardservice.ShardError = (function() {

            /**
             * Properties of a ShardError.
             * @typedef {Object} canopy.shardservice.ShardError.$Properties
             * @property {string|null} [code] ShardError code
             * @property {string|null} [message] ShardError message
             * @property {string|null} [shard] ShardError shard
             * @property {string|null} [transaction] ShardError transaction
             * @property {string|null} [path] ShardError path
             * @property {string|null} [reason] ShardError reason
             * @property {string|null} [leaderReplica] ShardError leaderReplica
             * @property {string|null} [leaderMember] ShardError leaderMember
             * @property {number|Long|null} [number] ShardError number
             * @property {Array.<string>|null} [names] ShardError names
             * @property {string|null} [detail] ShardError detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShardError.
             * @memberof canopy.shardservice
             * @interface IShardError
             * @augments canopy.shardservice.ShardError.$Properties
             * @deprecated Use canopy.shardservice.ShardError.$Properties instead.
             */

            /**
             * Shape of a ShardError.
             * @typedef {canopy.shardservice.ShardError.$Properties} canopy.shardservice.ShardError.$Shape
             */

            /**
             * Constructs a new ShardError.
             * @memberof canopy.shardservice
             * @classdesc Represents a ShardError.
             * @constructor
             * @param {canopy.shardservice.ShardError.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShardError = function (properties) {
                this.names = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShardError code.
             * @member {string} code
             * @memberof canopy.shardservice.ShardError
             * @instance
             */
            ShardError.prototype.code = "";

            /**
             * ShardError message.
             * @member {string} message
             * @memberof canopy.shardservice.ShardError
             * @instance
             */
            ShardError.prototype.message = "";

            /**
             * ShardError shard.
             * @member {string} shard
             * @memberof canopy.shardservice.ShardError
             * @instance
             */
            ShardError.prototype.shard = "";

            /**
             * ShardError transaction.
             * @member {string} transaction
             * @memberof canopy.shardservice.ShardError
             * @instance
             */
            ShardError.prototype.transaction = "";

            /**
             * ShardError path.
             * @member {string} path
             * @memberof canopy.shardservice.ShardError
             * @instance
             */
            ShardError.prototype.path = "";

            /**
             * ShardError reason.
             * @member {string} reason
             * @memberof canopy.shardservice.ShardError
             * @instance
             */
            ShardError.prototype.reason = "";

            /**
             * ShardError leaderReplica.
             * @member {string} leaderReplica
             * @memberof canopy.shardservice.ShardError
             * @instance
             */
            ShardError.prototype.leaderReplica = "";

            /**
             * ShardError leaderMember.
             * @member {string} leaderMember
             * @memberof canopy.shardservice.ShardError
             * @instance
             */
            ShardError.prototype.leaderMember = "";

            /**
             * ShardError number.
             * @member {number|Long} number
             * @memberof canopy.shardservice.ShardError
             * @instance
             */
            ShardError.prototype.number = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ShardError names.
             * @member {Array.<string>} names
             * @memberof canopy.shardservice.ShardError
             * @instance
             */
            ShardError.prototype.names = $util.emptyArray;

            /**
             * ShardError detail.
             * @member {string} detail
             * @memberof canopy.shardservice.ShardError
             * @instance
             */
            ShardError.prototype.detail = "";

            /**
             * Creates a new ShardError instance using the specified properties.
             * @function create
             * @memberof canopy.shardservice.ShardError
             * @static
             * @param {canopy.shardservice.ShardError.$Properties=} [properties] Properties to set
             * @returns {canopy.shardservice.ShardError} ShardError instance
             * @type {{
             *   (properties: canopy.shardservice.ShardError.$Shape): canopy.shardservice.ShardError & canopy.shardservice.ShardError.$Shape;
             *   (properties?: canopy.shardservice.ShardError.$Properties): canopy.shardservice.ShardError;
             * }}
             */
            ShardError.create = function(properties) {
                return new ShardError(properties);
            };

            /**
             * Encodes the specified ShardError message. Does not implicitly {@link canopy.shardservice.ShardError.verify|verify} messages.
             * @function encode
             * @memberof canopy.shardservice.ShardError
             * @static
             * @param {canopy.shardservice.ShardError.$Properties} message ShardError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShardError.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.code);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.message);
                if (message.shard != null && $Object.hasOwnProperty.call(message, "shard") && message.shard !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.shard);
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction") && message.transaction !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.transaction);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.path);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.reason);
                if (message.leaderReplica != null && $Object.hasOwnProperty.call(message, "leaderReplica") && message.leaderReplica !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.leaderReplica);
                if (message.leaderMember != null && $Object.hasOwnProperty.call(message, "leaderMember") && message.leaderMember !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.leaderMember);
                if (message.number != null && $Object.hasOwnProperty.call(message, "number") && (typeof message.number === "object" ? message.number.low || message.number.high : message.number !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.number);
                if (message.names != null && message.names.length)
                    for (let i = 0; i < message.names.length; ++i)
                        writer.uint32(/* id 10, wireType 2 =*/82).string(message.names[i]);
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail") && message.detail !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.detail);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ShardError message, length delimited. Does not implicitly {@link canopy.shardservice.ShardError.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shardservice.ShardError
             * @static
             * @param {canopy.shardservice.ShardError.$Properties} message ShardError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShardError.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ShardError message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shardservice.ShardError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shardservice.ShardError & canopy.shardservice.ShardError.$Shape} ShardError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShardError.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shardservice.ShardError();
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
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.shard = value;
                            else
                                delete message.shard;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.transaction = value;
                            else
                                delete message.transaction;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaderReplica = value;
                            else
                                delete message.leaderReplica;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.leaderMember = value;
                            else
                                delete message.leaderMember;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.number = value;
                            else
                                delete message.number;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.names && message.names.length))
                                message.names = [];
                            message.names.push(reader.stringVerify());
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detail = value;
                            else
                                delete message.detail;
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
             * Decodes a ShardError message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shardservice.ShardError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shardservice.ShardError & canopy.shardservice.ShardError.$Shape} ShardError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShardError.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ShardError message.
             * @function verify
             * @memberof canopy.shardservice.ShardError
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ShardError.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.shard != null && $Object.hasOwnProperty.call(message, "shard"))
                    if (!$util.isString(message.shard))
                        return "shard: string expected";
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction"))
                    if (!$util.isString(message.transaction))
                        return "transaction: string expected";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.leaderReplica != null && $Object.hasOwnProperty.call(message, "leaderReplica"))
                    if (!$util.isString(message.leaderReplica))
                        return "leaderReplica: string expected";
                if (message.leaderMember != null && $Object.hasOwnProperty.call(message, "leaderMember"))
                    if (!$util.isString(message.leaderMember))
                        return "leaderMember: string expected";
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    if (!$util.isInteger(message.number) && !(message.number && $util.isInteger(message.number.low) && $util.isInteger(message.number.high)))
                        return "number: integer|Long expected";
                if (message.names != null && $Object.hasOwnProperty.call(message, "names")) {
                    if (!$Array.isArray(message.names))
                        return "names: array expected";
                    for (let i = 0; i < message.names.length; ++i)
                        if (!$util.isString(message.names[i]))
                            return "names: string[] expected";
                }
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    if (!$util.isString(message.detail))
                        return "detail: string expected";
                return null;
            };

            /**
             * Creates a ShardError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shardservice.ShardError
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shardservice.ShardError} ShardError
             */
            ShardError.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shardservice.ShardError)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shardservice.ShardError: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shardservice.ShardError();
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.shard != null)
                    if (typeof object.shard !== "string" || object.shard.length)
                        message.shard = $String(object.shard);
                if (object.transaction != null)
                    if (typeof object.transaction !== "string" || object.transaction.length)
                        message.transaction = $String(object.transaction);
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.leaderReplica != null)
                    if (typeof object.leaderReplica !== "string" || object.leaderReplica.length)
                        message.leaderReplica = $String(object.leaderReplica);
                if (object.leaderMember != null)
                    if (typeof object.leaderMember !== "string" || object.leaderMember.length)
                        message.leaderMember = $String(object.leaderMember);
                if (object.number != null)
                    if (typeof object.number === "object" ? object.number.low || object.number.high : $Number(object.number) !== 0)
                        if ($util.Long)
                            message.number = $util.Long.fromValue(object.number, true);
                        else if (typeof object.number === "string")
                            message.number = $parseInt(object.number, 10);
                        else if (typeof object.number === "number")
                            message.number = object.number;
                        else if (typeof object.number === "object")
                            message.number = new $util.LongBits(object.number.low >>> 0, object.number.high >>> 0).toNumber(true);
                if (object.names) {
                    if (!$Array.isArray(object.names))
                        throw $TypeError(".canopy.shardservice.ShardError.names: array expected");
                    message.names = $Array(object.names.length);
                    for (let i = 0; i < object.names.length; ++i)
                        message.names[i] = $String(object.names[i]);
                }
                if (object.detail != null)
                    if (typeof object.detail !== "string" || object.detail.length)
                        message.detail = $String(object.detail);
                return message;
            };

            /**
             * Creates a plain object from a ShardError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shardservice.ShardError
             * @static
             * @param {canopy.shardservice.ShardError} message ShardError
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShardError.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.names = [];
                if (options.defaults) {
                    object.code = "";
                    object.message = "";
                    object.shard = "";
                    object.transaction = "";
                    object.path = "";
                    object.reason = "";
                    object.leaderReplica = "";
                    object.leaderMember = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.number = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.number = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.detail = "";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.shard != null && $Object.hasOwnProperty.call(message, "shard"))
                    object.shard = message.shard;
                if (message.transaction != null && $Object.hasOwnProperty.call(message, "transaction"))
                    object.transaction = message.transaction;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.leaderReplica != null && $Object.hasOwnProperty.call(message, "leaderReplica"))
                    object.leaderReplica = message.leaderReplica;
                if (message.leaderMember != null && $Object.hasOwnProperty.call(message, "leaderMember"))
                    object.leaderMember = message.leaderMember;
                if (message.number != null && $Object.hasOwnProperty.call(message, "number"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.number = typeof message.number === "number" ? $BigInt(message.number) : $util.Long.fromBits(message.number.low >>> 0, message.number.high >>> 0, true).toBigInt();
                    else if (typeof message.number === "number")
                        object.number = options.longs === $String ? $String(message.number) : message.number;
                    else
                        object.number = options.longs === $String ? $util.Long.prototype.toString.call(message.number) : options.longs === $Number ? new $util.LongBits(message.number.low >>> 0, message.number.high >>> 0).toNumber(true) : message.number;
                if (message.names && message.names.length) {
                    object.names = $Array(message.names.length);
                    for (let j = 0; j < message.names.length; ++j)
                        object.names[j] = message.names[j];
                }
                if (message.detail != null && $Object.hasOwnProperty.call(message, "detail"))
                    object.detail = message.detail;
                return object;
            };

            /**
             * Converts this ShardError to JSON.
             * @function toJSON
             * @memberof canopy.shardservice.ShardError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShardError.prototype.toJSON = function() {
                return ShardError.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ShardError
             * @function getTypeUrl
             * @memberof canopy.shardservice.ShardError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShardError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shardservice.ShardError";
            };

            return ShardError;
        })();

        shardservice.Ok = (function() {

            /**
             * Properties of an Ok.
             * @typedef {Object} canopy.shardservice.Ok.$Properties
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Ok.
             * @memberof canopy.shardservice
             * @interface IOk
             * @augments canopy.shardservice.Ok.$Properties
             * @deprecated Use canopy.shardservice.Ok.$Properties instead.
             */

            /**
             * Shape of an Ok.
             * @typedef {canopy.shardservice.Ok.$Properties} canopy.shardservice.Ok.$Shape
             */

            /**
             * Constructs a new Ok.
             * @memberof canopy.shardservice
             * @classdesc Represents an Ok.
             * @constructor
             * @param {canopy.shardservice.Ok.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Ok = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Creates a new Ok instance using the specified properties.
             * @function create
             * @memberof canopy.shardservice.Ok
             * @static
             * @param {canopy.shardservice.Ok.$Properties=} [properties] Properties to set
             * @returns {canopy.shardservice.Ok} Ok instance
             * @type {{
             *   (properties: canopy.shardservice.Ok.$Shape): canopy.shardservice.Ok & canopy.shardservice.Ok.$Shape;
             *   (properties?: canopy.shardservice.Ok.$Properties): canopy.shardservice.Ok;
             * }}
             */
            Ok.create = function(properties) {
                return new Ok(properties);
            };

            /**
             * Encodes the specified Ok message. Does not implicitly {@link canopy.shardservice.Ok.verify|verify} messages.
             * @function encode
             * @memberof canopy.shardservice.Ok
             * @static
             * @param {canopy.shardservice.Ok.$Properties} message Ok message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ok.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Ok message, length delimited. Does not implicitly {@link canopy.shardservice.Ok.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shardservice.Ok
             * @static
             * @param {canopy.shardservice.Ok.$Properties} message Ok message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Ok.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Ok message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shardservice.Ok
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shardservice.Ok & canopy.shardservice.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ok.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shardservice.Ok();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    reader.skipType(tag & 7, _depth, tag);
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
             * Decodes an Ok message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shardservice.Ok
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shardservice.Ok & canopy.shardservice.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Ok.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Ok message.
             * @function verify
             * @memberof canopy.shardservice.Ok
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Ok.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

            /**
             * Creates an Ok message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shardservice.Ok
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shardservice.Ok} Ok
             */
            Ok.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shardservice.Ok)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shardservice.Ok: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                return new $root.canopy.shardservice.Ok();
            };

            /**
             * Creates a plain object from an Ok message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shardservice.Ok
             * @static
             * @param {canopy.shardservice.Ok} message Ok
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Ok.toObject = function () {
                return {};
            };

            /**
             * Converts this Ok to JSON.
             * @function toJSON
             * @memberof canopy.shardservice.Ok
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Ok.prototype.toJSON = function() {
                return Ok.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Ok
             * @function getTypeUrl
             * @memberof canopy.shardservice.Ok
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Ok.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shardservice.Ok";
            };

            return Ok;
        })();

        shardservice.ShardAnswer = (function() {

            /**
             * Properties of a ShardAnswer.
             * @typedef {Object} canopy.shardservice.ShardAnswer.$Properties
             * @property {number|Long|null} [requestId] ShardAnswer requestId
             * @property {canopy.shardservice.Ok.$Properties|null} [ok] ShardAnswer ok
             * @property {canopy.shardservice.ReadResult.$Properties|null} [read] ShardAnswer read
             * @property {canopy.shardservice.ShardError.$Properties|null} [error] ShardAnswer error
             * @property {"ok"|"read"|"error"} [result] ShardAnswer result
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ShardAnswer.
             * @memberof canopy.shardservice
             * @interface IShardAnswer
             * @augments canopy.shardservice.ShardAnswer.$Properties
             * @deprecated Use canopy.shardservice.ShardAnswer.$Properties instead.
             */

            /**
             * Narrowed shape of a ShardAnswer.
             * @typedef {{
             *   requestId?: number|Long|null;
             *   ok?: canopy.shardservice.Ok.$Shape|null;
             *   read?: canopy.shardservice.ReadResult.$Shape|null;
             *   error?: canopy.shardservice.ShardError.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ result?: undefined; ok?: null; read?: null; error?: null }|{ result?: "ok"; ok: canopy.shardservice.Ok.$Shape; read?: null; error?: null }|{ result?: "read"; ok?: null; read: canopy.shardservice.ReadResult.$Shape; error?: null }|{ result?: "error"; ok?: null; read?: null; error: canopy.shardservice.ShardError.$Shape })
             * )} canopy.shardservice.ShardAnswer.$Shape
             */

            /**
             * Constructs a new ShardAnswer.
             * @memberof canopy.shardservice
             * @classdesc Represents a ShardAnswer.
             * @constructor
             * @param {canopy.shardservice.ShardAnswer.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ShardAnswer = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ShardAnswer requestId.
             * @member {number|Long} requestId
             * @memberof canopy.shardservice.ShardAnswer
             * @instance
             */
            ShardAnswer.prototype.requestId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * ShardAnswer ok.
             * @member {canopy.shardservice.Ok.$Properties|null|undefined} ok
             * @memberof canopy.shardservice.ShardAnswer
             * @instance
             */
            ShardAnswer.prototype.ok = null;

            /**
             * ShardAnswer read.
             * @member {canopy.shardservice.ReadResult.$Properties|null|undefined} read
             * @memberof canopy.shardservice.ShardAnswer
             * @instance
             */
            ShardAnswer.prototype.read = null;

            /**
             * ShardAnswer error.
             * @member {canopy.shardservice.ShardError.$Properties|null|undefined} error
             * @memberof canopy.shardservice.ShardAnswer
             * @instance
             */
            ShardAnswer.prototype.error = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ShardAnswer result.
             * @member {"ok"|"read"|"error"|undefined} result
             * @memberof canopy.shardservice.ShardAnswer
             * @instance
             */
            $Object.defineProperty(ShardAnswer.prototype, "result", {
                get: $util.oneOfGetter($oneOfFields = ["ok", "read", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ShardAnswer instance using the specified properties.
             * @function create
             * @memberof canopy.shardservice.ShardAnswer
             * @static
             * @param {canopy.shardservice.ShardAnswer.$Properties=} [properties] Properties to set
             * @returns {canopy.shardservice.ShardAnswer} ShardAnswer instance
             * @type {{
             *   (properties: canopy.shardservice.ShardAnswer.$Shape): canopy.shardservice.ShardAnswer & canopy.shardservice.ShardAnswer.$Shape;
             *   (properties?: canopy.shardservice.ShardAnswer.$Properties): canopy.shardservice.ShardAnswer;
             * }}
             */
            ShardAnswer.create = function(properties) {
                return new ShardAnswer(properties);
            };

            /**
             * Encodes the specified ShardAnswer message. Does not implicitly {@link canopy.shardservice.ShardAnswer.verify|verify} messages.
             * @function encode
             * @memberof canopy.shardservice.ShardAnswer
             * @static
             * @param {canopy.shardservice.ShardAnswer.$Properties} message ShardAnswer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShardAnswer.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && (typeof message.requestId === "object" ? message.requestId.low || message.requestId.high : message.requestId !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.requestId);
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    $root.canopy.shardservice.Ok.encode(message.ok, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.read != null && $Object.hasOwnProperty.call(message, "read"))
                    $root.canopy.shardservice.ReadResult.encode(message.read, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.canopy.shardservice.ShardError.encode(message.error, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified ShardAnswer message, length delimited. Does not implicitly {@link canopy.shardservice.ShardAnswer.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shardservice.ShardAnswer
             * @static
             * @param {canopy.shardservice.ShardAnswer.$Properties} message ShardAnswer message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ShardAnswer.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ShardAnswer message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shardservice.ShardAnswer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shardservice.ShardAnswer & canopy.shardservice.ShardAnswer.$Shape} ShardAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShardAnswer.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shardservice.ShardAnswer();
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
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.requestId = value;
                            else
                                delete message.requestId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.ok = $root.canopy.shardservice.Ok.decode(reader, reader.size(), $undefined, _depth + 1, message.ok);
                            message.result = "ok";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.read = $root.canopy.shardservice.ReadResult.decode(reader, reader.size(), $undefined, _depth + 1, message.read);
                            message.result = "read";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.canopy.shardservice.ShardError.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.result = "error";
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
             * Decodes a ShardAnswer message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shardservice.ShardAnswer
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shardservice.ShardAnswer & canopy.shardservice.ShardAnswer.$Shape} ShardAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ShardAnswer.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ShardAnswer message.
             * @function verify
             * @memberof canopy.shardservice.ShardAnswer
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ShardAnswer.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (!$util.isInteger(message.requestId) && !(message.requestId && $util.isInteger(message.requestId.low) && $util.isInteger(message.requestId.high)))
                        return "requestId: integer|Long expected";
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok")) {
                    properties.result = 1;
                    {
                        let error = $root.canopy.shardservice.Ok.verify(message.ok, _depth + 1);
                        if (error)
                            return "ok." + error;
                    }
                }
                if (message.read != null && $Object.hasOwnProperty.call(message, "read")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.canopy.shardservice.ReadResult.verify(message.read, _depth + 1);
                        if (error)
                            return "read." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.result === 1)
                        return "result: multiple values";
                    properties.result = 1;
                    {
                        let error = $root.canopy.shardservice.ShardError.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ShardAnswer message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shardservice.ShardAnswer
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shardservice.ShardAnswer} ShardAnswer
             */
            ShardAnswer.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shardservice.ShardAnswer)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shardservice.ShardAnswer: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shardservice.ShardAnswer();
                if (object.requestId != null)
                    if (typeof object.requestId === "object" ? object.requestId.low || object.requestId.high : $Number(object.requestId) !== 0)
                        if ($util.Long)
                            message.requestId = $util.Long.fromValue(object.requestId, true);
                        else if (typeof object.requestId === "string")
                            message.requestId = $parseInt(object.requestId, 10);
                        else if (typeof object.requestId === "number")
                            message.requestId = object.requestId;
                        else if (typeof object.requestId === "object")
                            message.requestId = new $util.LongBits(object.requestId.low >>> 0, object.requestId.high >>> 0).toNumber(true);
                if (object.ok != null) {
                    if (!$util.isObject(object.ok))
                        throw $TypeError(".canopy.shardservice.ShardAnswer.ok: object expected");
                    message.ok = $root.canopy.shardservice.Ok.fromObject(object.ok, _depth + 1);
                }
                if (object.read != null) {
                    if (!$util.isObject(object.read))
                        throw $TypeError(".canopy.shardservice.ShardAnswer.read: object expected");
                    message.read = $root.canopy.shardservice.ReadResult.fromObject(object.read, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".canopy.shardservice.ShardAnswer.error: object expected");
                    message.error = $root.canopy.shardservice.ShardError.fromObject(object.error, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a ShardAnswer message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shardservice.ShardAnswer
             * @static
             * @param {canopy.shardservice.ShardAnswer} message ShardAnswer
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ShardAnswer.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.requestId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.requestId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.requestId = typeof message.requestId === "number" ? $BigInt(message.requestId) : $util.Long.fromBits(message.requestId.low >>> 0, message.requestId.high >>> 0, true).toBigInt();
                    else if (typeof message.requestId === "number")
                        object.requestId = options.longs === $String ? $String(message.requestId) : message.requestId;
                    else
                        object.requestId = options.longs === $String ? $util.Long.prototype.toString.call(message.requestId) : options.longs === $Number ? new $util.LongBits(message.requestId.low >>> 0, message.requestId.high >>> 0).toNumber(true) : message.requestId;
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok")) {
                    object.ok = $root.canopy.shardservice.Ok.toObject(message.ok, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "ok";
                }
                if (message.read != null && $Object.hasOwnProperty.call(message, "read")) {
                    object.read = $root.canopy.shardservice.ReadResult.toObject(message.read, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "read";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.canopy.shardservice.ShardError.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.result = "error";
                }
                return object;
            };

            /**
             * Converts this ShardAnswer to JSON.
             * @function toJSON
             * @memberof canopy.shardservice.ShardAnswer
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ShardAnswer.prototype.toJSON = function() {
                return ShardAnswer.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ShardAnswer
             * @function getTypeUrl
             * @memberof canopy.shardservice.ShardAnswer
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ShardAnswer.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shardservice.ShardAnswer";
            };

            return ShardAnswer;
        })();

        return shardservice;
    })();

    canopy.shard = (function() {

        /**
         * Namespace shard.
         * @memberof canopy
         * @namespace
         */
        const shard = {};

        shard.Commit = (function() {

            /**
             * Properties of a Commit.
             * @typedef {Object} canopy.shard.Commit.$Properties
             * @property {string|null} [txId] Commit txId
             * @property {Uint8Array|null} [ops] Commit ops
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Commit.
             * @memberof canopy.shard
             * @interface ICommit
             * @augments canopy.shard.Commit.$Properties
             * @deprecated Use canopy.shard.Commit.$Properties instead.
             */

            /**
             * Shape of a Commit.
             * @typedef {canopy.shard.Commit.$Properties} canopy.shard.Commit.$Shape
             */

            /**
             * Constructs a new Commit.
             * @memberof canopy.shard
             * @classdesc Represents a Commit.
             * @constructor
             * @param {canopy.shard.Commit.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Commit = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Commit txId.
             * @member {string} txId
             * @memberof canopy.shard.Commit
             * @instance
             */
            Commit.prototype.txId = "";

            /**
             * Commit ops.
             * @member {Uint8Array} ops
             * @memberof canopy.shard.Commit
             * @instance
             */
            Commit.prototype.ops = $util.newBuffer([]);

            /**
             * Creates a new Commit instance using the specified properties.
             * @function create
             * @memberof canopy.shard.Commit
             * @static
             * @param {canopy.shard.Commit.$Properties=} [properties] Properties to set
             * @returns {canopy.shard.Commit} Commit instance
             * @type {{
             *   (properties: canopy.shard.Commit.$Shape): canopy.shard.Commit & canopy.shard.Commit.$Shape;
             *   (properties?: canopy.shard.Commit.$Properties): canopy.shard.Commit;
             * }}
             */
            Commit.create = function(properties) {
                return new Commit(properties);
            };

            /**
             * Encodes the specified Commit message. Does not implicitly {@link canopy.shard.Commit.verify|verify} messages.
             * @function encode
             * @memberof canopy.shard.Commit
             * @static
             * @param {canopy.shard.Commit.$Properties} message Commit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Commit.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId") && message.txId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.txId);
                if (message.ops != null && $Object.hasOwnProperty.call(message, "ops") && message.ops.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.ops);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Commit message, length delimited. Does not implicitly {@link canopy.shard.Commit.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shard.Commit
             * @static
             * @param {canopy.shard.Commit.$Properties} message Commit message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Commit.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Commit message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shard.Commit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shard.Commit & canopy.shard.Commit.$Shape} Commit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Commit.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shard.Commit();
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
                            if ((value = reader.stringVerify()).length)
                                message.txId = value;
                            else
                                delete message.txId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ops = value;
                            else
                                delete message.ops;
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
             * Decodes a Commit message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shard.Commit
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shard.Commit & canopy.shard.Commit.$Shape} Commit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Commit.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Commit message.
             * @function verify
             * @memberof canopy.shard.Commit
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Commit.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    if (!$util.isString(message.txId))
                        return "txId: string expected";
                if (message.ops != null && $Object.hasOwnProperty.call(message, "ops"))
                    if (!(message.ops && typeof message.ops.length === "number" || $util.isString(message.ops)))
                        return "ops: buffer expected";
                return null;
            };

            /**
             * Creates a Commit message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shard.Commit
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shard.Commit} Commit
             */
            Commit.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shard.Commit)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shard.Commit: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shard.Commit();
                if (object.txId != null)
                    if (typeof object.txId !== "string" || object.txId.length)
                        message.txId = $String(object.txId);
                if (object.ops != null)
                    if (object.ops.length)
                        if (typeof object.ops === "string")
                            $util.base64.decode(object.ops, message.ops = $util.newBuffer($util.base64.length(object.ops)), 0);
                        else if (object.ops.length >= 0)
                            message.ops = object.ops;
                return message;
            };

            /**
             * Creates a plain object from a Commit message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shard.Commit
             * @static
             * @param {canopy.shard.Commit} message Commit
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Commit.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.txId = "";
                    if (options.bytes === $String)
                        object.ops = "";
                    else {
                        object.ops = [];
                        if (options.bytes !== $Array)
                            object.ops = $util.newBuffer(object.ops);
                    }
                }
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    object.txId = message.txId;
                if (message.ops != null && $Object.hasOwnProperty.call(message, "ops"))
                    object.ops = options.bytes === $String ? $util.base64.encode(message.ops, 0, message.ops.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ops) : message.ops;
                return object;
            };

            /**
             * Converts this Commit to JSON.
             * @function toJSON
             * @memberof canopy.shard.Commit
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Commit.prototype.toJSON = function() {
                return Commit.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Commit
             * @function getTypeUrl
             * @memberof canopy.shard.Commit
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Commit.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shard.Commit";
            };

            return Commit;
        })();

        shard.Prepare = (function() {

            /**
             * Properties of a Prepare.
             * @typedef {Object} canopy.shard.Prepare.$Properties
             * @property {string|null} [txId] Prepare txId
             * @property {Uint8Array|null} [ops] Prepare ops
             * @property {Array.<string>|null} [participants] Prepare participants
             * @property {string|null} [coordinator] Prepare coordinator
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Prepare.
             * @memberof canopy.shard
             * @interface IPrepare
             * @augments canopy.shard.Prepare.$Properties
             * @deprecated Use canopy.shard.Prepare.$Properties instead.
             */

            /**
             * Shape of a Prepare.
             * @typedef {canopy.shard.Prepare.$Properties} canopy.shard.Prepare.$Shape
             */

            /**
             * Constructs a new Prepare.
             * @memberof canopy.shard
             * @classdesc Represents a Prepare.
             * @constructor
             * @param {canopy.shard.Prepare.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Prepare = function (properties) {
                this.participants = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Prepare txId.
             * @member {string} txId
             * @memberof canopy.shard.Prepare
             * @instance
             */
            Prepare.prototype.txId = "";

            /**
             * Prepare ops.
             * @member {Uint8Array} ops
             * @memberof canopy.shard.Prepare
             * @instance
             */
            Prepare.prototype.ops = $util.newBuffer([]);

            /**
             * Prepare participants.
             * @member {Array.<string>} participants
             * @memberof canopy.shard.Prepare
             * @instance
             */
            Prepare.prototype.participants = $util.emptyArray;

            /**
             * Prepare coordinator.
             * @member {string} coordinator
             * @memberof canopy.shard.Prepare
             * @instance
             */
            Prepare.prototype.coordinator = "";

            /**
             * Creates a new Prepare instance using the specified properties.
             * @function create
             * @memberof canopy.shard.Prepare
             * @static
             * @param {canopy.shard.Prepare.$Properties=} [properties] Properties to set
             * @returns {canopy.shard.Prepare} Prepare instance
             * @type {{
             *   (properties: canopy.shard.Prepare.$Shape): canopy.shard.Prepare & canopy.shard.Prepare.$Shape;
             *   (properties?: canopy.shard.Prepare.$Properties): canopy.shard.Prepare;
             * }}
             */
            Prepare.create = function(properties) {
                return new Prepare(properties);
            };

            /**
             * Encodes the specified Prepare message. Does not implicitly {@link canopy.shard.Prepare.verify|verify} messages.
             * @function encode
             * @memberof canopy.shard.Prepare
             * @static
             * @param {canopy.shard.Prepare.$Properties} message Prepare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Prepare.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId") && message.txId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.txId);
                if (message.ops != null && $Object.hasOwnProperty.call(message, "ops") && message.ops.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.ops);
                if (message.participants != null && message.participants.length)
                    for (let i = 0; i < message.participants.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.participants[i]);
                if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator") && message.coordinator !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.coordinator);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Prepare message, length delimited. Does not implicitly {@link canopy.shard.Prepare.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shard.Prepare
             * @static
             * @param {canopy.shard.Prepare.$Properties} message Prepare message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Prepare.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Prepare message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shard.Prepare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shard.Prepare & canopy.shard.Prepare.$Shape} Prepare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Prepare.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shard.Prepare();
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
                            if ((value = reader.stringVerify()).length)
                                message.txId = value;
                            else
                                delete message.txId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ops = value;
                            else
                                delete message.ops;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.participants && message.participants.length))
                                message.participants = [];
                            message.participants.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.coordinator = value;
                            else
                                delete message.coordinator;
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
             * Decodes a Prepare message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shard.Prepare
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shard.Prepare & canopy.shard.Prepare.$Shape} Prepare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Prepare.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Prepare message.
             * @function verify
             * @memberof canopy.shard.Prepare
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Prepare.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    if (!$util.isString(message.txId))
                        return "txId: string expected";
                if (message.ops != null && $Object.hasOwnProperty.call(message, "ops"))
                    if (!(message.ops && typeof message.ops.length === "number" || $util.isString(message.ops)))
                        return "ops: buffer expected";
                if (message.participants != null && $Object.hasOwnProperty.call(message, "participants")) {
                    if (!$Array.isArray(message.participants))
                        return "participants: array expected";
                    for (let i = 0; i < message.participants.length; ++i)
                        if (!$util.isString(message.participants[i]))
                            return "participants: string[] expected";
                }
                if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator"))
                    if (!$util.isString(message.coordinator))
                        return "coordinator: string expected";
                return null;
            };

            /**
             * Creates a Prepare message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shard.Prepare
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shard.Prepare} Prepare
             */
            Prepare.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shard.Prepare)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shard.Prepare: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shard.Prepare();
                if (object.txId != null)
                    if (typeof object.txId !== "string" || object.txId.length)
                        message.txId = $String(object.txId);
                if (object.ops != null)
                    if (object.ops.length)
                        if (typeof object.ops === "string")
                            $util.base64.decode(object.ops, message.ops = $util.newBuffer($util.base64.length(object.ops)), 0);
                        else if (object.ops.length >= 0)
                            message.ops = object.ops;
                if (object.participants) {
                    if (!$Array.isArray(object.participants))
                        throw $TypeError(".canopy.shard.Prepare.participants: array expected");
                    message.participants = $Array(object.participants.length);
                    for (let i = 0; i < object.participants.length; ++i)
                        message.participants[i] = $String(object.participants[i]);
                }
                if (object.coordinator != null)
                    if (typeof object.coordinator !== "string" || object.coordinator.length)
                        message.coordinator = $String(object.coordinator);
                return message;
            };

            /**
             * Creates a plain object from a Prepare message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shard.Prepare
             * @static
             * @param {canopy.shard.Prepare} message Prepare
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Prepare.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.participants = [];
                if (options.defaults) {
                    object.txId = "";
                    if (options.bytes === $String)
                        object.ops = "";
                    else {
                        object.ops = [];
                        if (options.bytes !== $Array)
                            object.ops = $util.newBuffer(object.ops);
                    }
                    object.coordinator = "";
                }
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    object.txId = message.txId;
                if (message.ops != null && $Object.hasOwnProperty.call(message, "ops"))
                    object.ops = options.bytes === $String ? $util.base64.encode(message.ops, 0, message.ops.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ops) : message.ops;
                if (message.participants && message.participants.length) {
                    object.participants = $Array(message.participants.length);
                    for (let j = 0; j < message.participants.length; ++j)
                        object.participants[j] = message.participants[j];
                }
                if (message.coordinator != null && $Object.hasOwnProperty.call(message, "coordinator"))
                    object.coordinator = message.coordinator;
                return object;
            };

            /**
             * Converts this Prepare to JSON.
             * @function toJSON
             * @memberof canopy.shard.Prepare
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Prepare.prototype.toJSON = function() {
                return Prepare.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Prepare
             * @function getTypeUrl
             * @memberof canopy.shard.Prepare
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Prepare.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shard.Prepare";
            };

            return Prepare;
        })();

        shard.CommitDecision = (function() {

            /**
             * Properties of a CommitDecision.
             * @typedef {Object} canopy.shard.CommitDecision.$Properties
             * @property {string|null} [txId] CommitDecision txId
             * @property {Uint8Array|null} [ops] CommitDecision ops
             * @property {Array.<string>|null} [participants] CommitDecision participants
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommitDecision.
             * @memberof canopy.shard
             * @interface ICommitDecision
             * @augments canopy.shard.CommitDecision.$Properties
             * @deprecated Use canopy.shard.CommitDecision.$Properties instead.
             */

            /**
             * Shape of a CommitDecision.
             * @typedef {canopy.shard.CommitDecision.$Properties} canopy.shard.CommitDecision.$Shape
             */

            /**
             * Constructs a new CommitDecision.
             * @memberof canopy.shard
             * @classdesc Represents a CommitDecision.
             * @constructor
             * @param {canopy.shard.CommitDecision.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommitDecision = function (properties) {
                this.participants = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommitDecision txId.
             * @member {string} txId
             * @memberof canopy.shard.CommitDecision
             * @instance
             */
            CommitDecision.prototype.txId = "";

            /**
             * CommitDecision ops.
             * @member {Uint8Array} ops
             * @memberof canopy.shard.CommitDecision
             * @instance
             */
            CommitDecision.prototype.ops = $util.newBuffer([]);

            /**
             * CommitDecision participants.
             * @member {Array.<string>} participants
             * @memberof canopy.shard.CommitDecision
             * @instance
             */
            CommitDecision.prototype.participants = $util.emptyArray;

            /**
             * Creates a new CommitDecision instance using the specified properties.
             * @function create
             * @memberof canopy.shard.CommitDecision
             * @static
             * @param {canopy.shard.CommitDecision.$Properties=} [properties] Properties to set
             * @returns {canopy.shard.CommitDecision} CommitDecision instance
             * @type {{
             *   (properties: canopy.shard.CommitDecision.$Shape): canopy.shard.CommitDecision & canopy.shard.CommitDecision.$Shape;
             *   (properties?: canopy.shard.CommitDecision.$Properties): canopy.shard.CommitDecision;
             * }}
             */
            CommitDecision.create = function(properties) {
                return new CommitDecision(properties);
            };

            /**
             * Encodes the specified CommitDecision message. Does not implicitly {@link canopy.shard.CommitDecision.verify|verify} messages.
             * @function encode
             * @memberof canopy.shard.CommitDecision
             * @static
             * @param {canopy.shard.CommitDecision.$Properties} message CommitDecision message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitDecision.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId") && message.txId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.txId);
                if (message.ops != null && $Object.hasOwnProperty.call(message, "ops") && message.ops.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.ops);
                if (message.participants != null && message.participants.length)
                    for (let i = 0; i < message.participants.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.participants[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CommitDecision message, length delimited. Does not implicitly {@link canopy.shard.CommitDecision.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shard.CommitDecision
             * @static
             * @param {canopy.shard.CommitDecision.$Properties} message CommitDecision message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitDecision.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CommitDecision message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shard.CommitDecision
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shard.CommitDecision & canopy.shard.CommitDecision.$Shape} CommitDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitDecision.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shard.CommitDecision();
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
                            if ((value = reader.stringVerify()).length)
                                message.txId = value;
                            else
                                delete message.txId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.ops = value;
                            else
                                delete message.ops;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.participants && message.participants.length))
                                message.participants = [];
                            message.participants.push(reader.stringVerify());
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
             * Decodes a CommitDecision message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shard.CommitDecision
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shard.CommitDecision & canopy.shard.CommitDecision.$Shape} CommitDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitDecision.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CommitDecision message.
             * @function verify
             * @memberof canopy.shard.CommitDecision
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommitDecision.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    if (!$util.isString(message.txId))
                        return "txId: string expected";
                if (message.ops != null && $Object.hasOwnProperty.call(message, "ops"))
                    if (!(message.ops && typeof message.ops.length === "number" || $util.isString(message.ops)))
                        return "ops: buffer expected";
                if (message.participants != null && $Object.hasOwnProperty.call(message, "participants")) {
                    if (!$Array.isArray(message.participants))
                        return "participants: array expected";
                    for (let i = 0; i < message.participants.length; ++i)
                        if (!$util.isString(message.participants[i]))
                            return "participants: string[] expected";
                }
                return null;
            };

            /**
             * Creates a CommitDecision message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shard.CommitDecision
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shard.CommitDecision} CommitDecision
             */
            CommitDecision.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shard.CommitDecision)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shard.CommitDecision: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shard.CommitDecision();
                if (object.txId != null)
                    if (typeof object.txId !== "string" || object.txId.length)
                        message.txId = $String(object.txId);
                if (object.ops != null)
                    if (object.ops.length)
                        if (typeof object.ops === "string")
                            $util.base64.decode(object.ops, message.ops = $util.newBuffer($util.base64.length(object.ops)), 0);
                        else if (object.ops.length >= 0)
                            message.ops = object.ops;
                if (object.participants) {
                    if (!$Array.isArray(object.participants))
                        throw $TypeError(".canopy.shard.CommitDecision.participants: array expected");
                    message.participants = $Array(object.participants.length);
                    for (let i = 0; i < object.participants.length; ++i)
                        message.participants[i] = $String(object.participants[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a CommitDecision message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shard.CommitDecision
             * @static
             * @param {canopy.shard.CommitDecision} message CommitDecision
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommitDecision.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.participants = [];
                if (options.defaults) {
                    object.txId = "";
                    if (options.bytes === $String)
                        object.ops = "";
                    else {
                        object.ops = [];
                        if (options.bytes !== $Array)
                            object.ops = $util.newBuffer(object.ops);
                    }
                }
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    object.txId = message.txId;
                if (message.ops != null && $Object.hasOwnProperty.call(message, "ops"))
                    object.ops = options.bytes === $String ? $util.base64.encode(message.ops, 0, message.ops.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.ops) : message.ops;
                if (message.participants && message.participants.length) {
                    object.participants = $Array(message.participants.length);
                    for (let j = 0; j < message.participants.length; ++j)
                        object.participants[j] = message.participants[j];
                }
                return object;
            };

            /**
             * Converts this CommitDecision to JSON.
             * @function toJSON
             * @memberof canopy.shard.CommitDecision
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommitDecision.prototype.toJSON = function() {
                return CommitDecision.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommitDecision
             * @function getTypeUrl
             * @memberof canopy.shard.CommitDecision
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommitDecision.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shard.CommitDecision";
            };

            return CommitDecision;
        })();

        shard.CommitPrepared = (function() {

            /**
             * Properties of a CommitPrepared.
             * @typedef {Object} canopy.shard.CommitPrepared.$Properties
             * @property {string|null} [txId] CommitPrepared txId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommitPrepared.
             * @memberof canopy.shard
             * @interface ICommitPrepared
             * @augments canopy.shard.CommitPrepared.$Properties
             * @deprecated Use canopy.shard.CommitPrepared.$Properties instead.
             */

            /**
             * Shape of a CommitPrepared.
             * @typedef {canopy.shard.CommitPrepared.$Properties} canopy.shard.CommitPrepared.$Shape
             */

            /**
             * Constructs a new CommitPrepared.
             * @memberof canopy.shard
             * @classdesc Represents a CommitPrepared.
             * @constructor
             * @param {canopy.shard.CommitPrepared.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommitPrepared = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CommitPrepared txId.
             * @member {string} txId
             * @memberof canopy.shard.CommitPrepared
             * @instance
             */
            CommitPrepared.prototype.txId = "";

            /**
             * Creates a new CommitPrepared instance using the specified properties.
             * @function create
             * @memberof canopy.shard.CommitPrepared
             * @static
             * @param {canopy.shard.CommitPrepared.$Properties=} [properties] Properties to set
             * @returns {canopy.shard.CommitPrepared} CommitPrepared instance
             * @type {{
             *   (properties: canopy.shard.CommitPrepared.$Shape): canopy.shard.CommitPrepared & canopy.shard.CommitPrepared.$Shape;
             *   (properties?: canopy.shard.CommitPrepared.$Properties): canopy.shard.CommitPrepared;
             * }}
             */
            CommitPrepared.create = function(properties) {
                return new CommitPrepared(properties);
            };

            /**
             * Encodes the specified CommitPrepared message. Does not implicitly {@link canopy.shard.CommitPrepared.verify|verify} messages.
             * @function encode
             * @memberof canopy.shard.CommitPrepared
             * @static
             * @param {canopy.shard.CommitPrepared.$Properties} message CommitPrepared message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitPrepared.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId") && message.txId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.txId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified CommitPrepared message, length delimited. Does not implicitly {@link canopy.shard.CommitPrepared.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shard.CommitPrepared
             * @static
             * @param {canopy.shard.CommitPrepared.$Properties} message CommitPrepared message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommitPrepared.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CommitPrepared message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shard.CommitPrepared
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shard.CommitPrepared & canopy.shard.CommitPrepared.$Shape} CommitPrepared
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitPrepared.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shard.CommitPrepared();
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
                            if ((value = reader.stringVerify()).length)
                                message.txId = value;
                            else
                                delete message.txId;
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
             * Decodes a CommitPrepared message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shard.CommitPrepared
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shard.CommitPrepared & canopy.shard.CommitPrepared.$Shape} CommitPrepared
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommitPrepared.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CommitPrepared message.
             * @function verify
             * @memberof canopy.shard.CommitPrepared
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommitPrepared.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    if (!$util.isString(message.txId))
                        return "txId: string expected";
                return null;
            };

            /**
             * Creates a CommitPrepared message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shard.CommitPrepared
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shard.CommitPrepared} CommitPrepared
             */
            CommitPrepared.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shard.CommitPrepared)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shard.CommitPrepared: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shard.CommitPrepared();
                if (object.txId != null)
                    if (typeof object.txId !== "string" || object.txId.length)
                        message.txId = $String(object.txId);
                return message;
            };

            /**
             * Creates a plain object from a CommitPrepared message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shard.CommitPrepared
             * @static
             * @param {canopy.shard.CommitPrepared} message CommitPrepared
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommitPrepared.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.txId = "";
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    object.txId = message.txId;
                return object;
            };

            /**
             * Converts this CommitPrepared to JSON.
             * @function toJSON
             * @memberof canopy.shard.CommitPrepared
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommitPrepared.prototype.toJSON = function() {
                return CommitPrepared.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommitPrepared
             * @function getTypeUrl
             * @memberof canopy.shard.CommitPrepared
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommitPrepared.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shard.CommitPrepared";
            };

            return CommitPrepared;
        })();

        shard.AbortPrepared = (function() {

            /**
             * Properties of an AbortPrepared.
             * @typedef {Object} canopy.shard.AbortPrepared.$Properties
             * @property {string|null} [txId] AbortPrepared txId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an AbortPrepared.
             * @memberof canopy.shard
             * @interface IAbortPrepared
             * @augments canopy.shard.AbortPrepared.$Properties
             * @deprecated Use canopy.shard.AbortPrepared.$Properties instead.
             */

            /**
             * Shape of an AbortPrepared.
             * @typedef {canopy.shard.AbortPrepared.$Properties} canopy.shard.AbortPrepared.$Shape
             */

            /**
             * Constructs a new AbortPrepared.
             * @memberof canopy.shard
             * @classdesc Represents an AbortPrepared.
             * @constructor
             * @param {canopy.shard.AbortPrepared.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const AbortPrepared = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * AbortPrepared txId.
             * @member {string} txId
             * @memberof canopy.shard.AbortPrepared
             * @instance
             */
            AbortPrepared.prototype.txId = "";

            /**
             * Creates a new AbortPrepared instance using the specified properties.
             * @function create
             * @memberof canopy.shard.AbortPrepared
             * @static
             * @param {canopy.shard.AbortPrepared.$Properties=} [properties] Properties to set
             * @returns {canopy.shard.AbortPrepared} AbortPrepared instance
             * @type {{
             *   (properties: canopy.shard.AbortPrepared.$Shape): canopy.shard.AbortPrepared & canopy.shard.AbortPrepared.$Shape;
             *   (properties?: canopy.shard.AbortPrepared.$Properties): canopy.shard.AbortPrepared;
             * }}
             */
            AbortPrepared.create = function(properties) {
                return new AbortPrepared(properties);
            };

            /**
             * Encodes the specified AbortPrepared message. Does not implicitly {@link canopy.shard.AbortPrepared.verify|verify} messages.
             * @function encode
             * @memberof canopy.shard.AbortPrepared
             * @static
             * @param {canopy.shard.AbortPrepared.$Properties} message AbortPrepared message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AbortPrepared.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId") && message.txId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.txId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified AbortPrepared message, length delimited. Does not implicitly {@link canopy.shard.AbortPrepared.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shard.AbortPrepared
             * @static
             * @param {canopy.shard.AbortPrepared.$Properties} message AbortPrepared message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            AbortPrepared.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an AbortPrepared message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shard.AbortPrepared
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shard.AbortPrepared & canopy.shard.AbortPrepared.$Shape} AbortPrepared
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AbortPrepared.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shard.AbortPrepared();
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
                            if ((value = reader.stringVerify()).length)
                                message.txId = value;
                            else
                                delete message.txId;
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
             * Decodes an AbortPrepared message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shard.AbortPrepared
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shard.AbortPrepared & canopy.shard.AbortPrepared.$Shape} AbortPrepared
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            AbortPrepared.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an AbortPrepared message.
             * @function verify
             * @memberof canopy.shard.AbortPrepared
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            AbortPrepared.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    if (!$util.isString(message.txId))
                        return "txId: string expected";
                return null;
            };

            /**
             * Creates an AbortPrepared message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shard.AbortPrepared
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shard.AbortPrepared} AbortPrepared
             */
            AbortPrepared.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shard.AbortPrepared)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shard.AbortPrepared: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shard.AbortPrepared();
                if (object.txId != null)
                    if (typeof object.txId !== "string" || object.txId.length)
                        message.txId = $String(object.txId);
                return message;
            };

            /**
             * Creates a plain object from an AbortPrepared message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shard.AbortPrepared
             * @static
             * @param {canopy.shard.AbortPrepared} message AbortPrepared
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            AbortPrepared.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.txId = "";
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    object.txId = message.txId;
                return object;
            };

            /**
             * Converts this AbortPrepared to JSON.
             * @function toJSON
             * @memberof canopy.shard.AbortPrepared
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            AbortPrepared.prototype.toJSON = function() {
                return AbortPrepared.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for AbortPrepared
             * @function getTypeUrl
             * @memberof canopy.shard.AbortPrepared
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            AbortPrepared.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shard.AbortPrepared";
            };

            return AbortPrepared;
        })();

        shard.Forget = (function() {

            /**
             * Properties of a Forget.
             * @typedef {Object} canopy.shard.Forget.$Properties
             * @property {Array.<string>|null} [txIds] Forget txIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Forget.
             * @memberof canopy.shard
             * @interface IForget
             * @augments canopy.shard.Forget.$Properties
             * @deprecated Use canopy.shard.Forget.$Properties instead.
             */

            /**
             * Shape of a Forget.
             * @typedef {canopy.shard.Forget.$Properties} canopy.shard.Forget.$Shape
             */

            /**
             * Constructs a new Forget.
             * @memberof canopy.shard
             * @classdesc Represents a Forget.
             * @constructor
             * @param {canopy.shard.Forget.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Forget = function (properties) {
                this.txIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Forget txIds.
             * @member {Array.<string>} txIds
             * @memberof canopy.shard.Forget
             * @instance
             */
            Forget.prototype.txIds = $util.emptyArray;

            /**
             * Creates a new Forget instance using the specified properties.
             * @function create
             * @memberof canopy.shard.Forget
             * @static
             * @param {canopy.shard.Forget.$Properties=} [properties] Properties to set
             * @returns {canopy.shard.Forget} Forget instance
             * @type {{
             *   (properties: canopy.shard.Forget.$Shape): canopy.shard.Forget & canopy.shard.Forget.$Shape;
             *   (properties?: canopy.shard.Forget.$Properties): canopy.shard.Forget;
             * }}
             */
            Forget.create = function(properties) {
                return new Forget(properties);
            };

            /**
             * Encodes the specified Forget message. Does not implicitly {@link canopy.shard.Forget.verify|verify} messages.
             * @function encode
             * @memberof canopy.shard.Forget
             * @static
             * @param {canopy.shard.Forget.$Properties} message Forget message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Forget.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txIds != null && message.txIds.length)
                    for (let i = 0; i < message.txIds.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.txIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Forget message, length delimited. Does not implicitly {@link canopy.shard.Forget.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shard.Forget
             * @static
             * @param {canopy.shard.Forget.$Properties} message Forget message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Forget.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Forget message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shard.Forget
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shard.Forget & canopy.shard.Forget.$Shape} Forget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Forget.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shard.Forget();
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
                            if (!(message.txIds && message.txIds.length))
                                message.txIds = [];
                            message.txIds.push(reader.stringVerify());
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
             * Decodes a Forget message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shard.Forget
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shard.Forget & canopy.shard.Forget.$Shape} Forget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Forget.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Forget message.
             * @function verify
             * @memberof canopy.shard.Forget
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Forget.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.txIds != null && $Object.hasOwnProperty.call(message, "txIds")) {
                    if (!$Array.isArray(message.txIds))
                        return "txIds: array expected";
                    for (let i = 0; i < message.txIds.length; ++i)
                        if (!$util.isString(message.txIds[i]))
                            return "txIds: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Forget message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shard.Forget
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shard.Forget} Forget
             */
            Forget.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shard.Forget)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shard.Forget: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shard.Forget();
                if (object.txIds) {
                    if (!$Array.isArray(object.txIds))
                        throw $TypeError(".canopy.shard.Forget.txIds: array expected");
                    message.txIds = $Array(object.txIds.length);
                    for (let i = 0; i < object.txIds.length; ++i)
                        message.txIds[i] = $String(object.txIds[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Forget message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shard.Forget
             * @static
             * @param {canopy.shard.Forget} message Forget
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Forget.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.txIds = [];
                if (message.txIds && message.txIds.length) {
                    object.txIds = $Array(message.txIds.length);
                    for (let j = 0; j < message.txIds.length; ++j)
                        object.txIds[j] = message.txIds[j];
                }
                return object;
            };

            /**
             * Converts this Forget to JSON.
             * @function toJSON
             * @memberof canopy.shard.Forget
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Forget.prototype.toJSON = function() {
                return Forget.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Forget
             * @function getTypeUrl
             * @memberof canopy.shard.Forget
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Forget.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shard.Forget";
            };

            return Forget;
        })();

        shard.Payload = (function() {

            /**
             * Properties of a Payload.
             * @typedef {Object} canopy.shard.Payload.$Properties
             * @property {canopy.shard.Commit.$Properties|null} [commit] Payload commit
             * @property {canopy.shard.Prepare.$Properties|null} [prepare] Payload prepare
             * @property {canopy.shard.CommitDecision.$Properties|null} [commitDecision] Payload commitDecision
             * @property {canopy.shard.CommitPrepared.$Properties|null} [commitPrepared] Payload commitPrepared
             * @property {canopy.shard.AbortPrepared.$Properties|null} [abortPrepared] Payload abortPrepared
             * @property {canopy.shard.Forget.$Properties|null} [forget] Payload forget
             * @property {"commit"|"prepare"|"commitDecision"|"commitPrepared"|"abortPrepared"|"forget"} [record] Payload record
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Payload.
             * @memberof canopy.shard
             * @interface IPayload
             * @augments canopy.shard.Payload.$Properties
             * @deprecated Use canopy.shard.Payload.$Properties instead.
             */

            /**
             * Narrowed shape of a Payload.
             * @typedef {{
             *   commit?: canopy.shard.Commit.$Shape|null;
             *   prepare?: canopy.shard.Prepare.$Shape|null;
             *   commitDecision?: canopy.shard.CommitDecision.$Shape|null;
             *   commitPrepared?: canopy.shard.CommitPrepared.$Shape|null;
             *   abortPrepared?: canopy.shard.AbortPrepared.$Shape|null;
             *   forget?: canopy.shard.Forget.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ record?: undefined; commit?: null; prepare?: null; commitDecision?: null; commitPrepared?: null; abortPrepared?: null; forget?: null }|{ record?: "commit"; commit: canopy.shard.Commit.$Shape; prepare?: null; commitDecision?: null; commitPrepared?: null; abortPrepared?: null; forget?: null }|{ record?: "prepare"; commit?: null; prepare: canopy.shard.Prepare.$Shape; commitDecision?: null; commitPrepared?: null; abortPrepared?: null; forget?: null }|{ record?: "commitDecision"; commit?: null; prepare?: null; commitDecision: canopy.shard.CommitDecision.$Shape; commitPrepared?: null; abortPrepared?: null; forget?: null }|{ record?: "commitPrepared"; commit?: null; prepare?: null; commitDecision?: null; commitPrepared: canopy.shard.CommitPrepared.$Shape; abortPrepared?: null; forget?: null }|{ record?: "abortPrepared"; commit?: null; prepare?: null; commitDecision?: null; commitPrepared?: null; abortPrepared: canopy.shard.AbortPrepared.$Shape; forget?: null }|{ record?: "forget"; commit?: null; prepare?: null; commitDecision?: null; commitPrepared?: null; abortPrepared?: null; forget: canopy.shard.Forget.$Shape })
             * )} canopy.shard.Payload.$Shape
             */

            /**
             * Constructs a new Payload.
             * @memberof canopy.shard
             * @classdesc Represents a Payload.
             * @constructor
             * @param {canopy.shard.Payload.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Payload = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Payload commit.
             * @member {canopy.shard.Commit.$Properties|null|undefined} commit
             * @memberof canopy.shard.Payload
             * @instance
             */
            Payload.prototype.commit = null;

            /**
             * Payload prepare.
             * @member {canopy.shard.Prepare.$Properties|null|undefined} prepare
             * @memberof canopy.shard.Payload
             * @instance
             */
            Payload.prototype.prepare = null;

            /**
             * Payload commitDecision.
             * @member {canopy.shard.CommitDecision.$Properties|null|undefined} commitDecision
             * @memberof canopy.shard.Payload
             * @instance
             */
            Payload.prototype.commitDecision = null;

            /**
             * Payload commitPrepared.
             * @member {canopy.shard.CommitPrepared.$Properties|null|undefined} commitPrepared
             * @memberof canopy.shard.Payload
             * @instance
             */
            Payload.prototype.commitPrepared = null;

            /**
             * Payload abortPrepared.
             * @member {canopy.shard.AbortPrepared.$Properties|null|undefined} abortPrepared
             * @memberof canopy.shard.Payload
             * @instance
             */
            Payload.prototype.abortPrepared = null;

            /**
             * Payload forget.
             * @member {canopy.shard.Forget.$Properties|null|undefined} forget
             * @memberof canopy.shard.Payload
             * @instance
             */
            Payload.prototype.forget = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Payload record.
             * @member {"commit"|"prepare"|"commitDecision"|"commitPrepared"|"abortPrepared"|"forget"|undefined} record
             * @memberof canopy.shard.Payload
             * @instance
             */
            $Object.defineProperty(Payload.prototype, "record", {
                get: $util.oneOfGetter($oneOfFields = ["commit", "prepare", "commitDecision", "commitPrepared", "abortPrepared", "forget"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Payload instance using the specified properties.
             * @function create
             * @memberof canopy.shard.Payload
             * @static
             * @param {canopy.shard.Payload.$Properties=} [properties] Properties to set
             * @returns {canopy.shard.Payload} Payload instance
             * @type {{
             *   (properties: canopy.shard.Payload.$Shape): canopy.shard.Payload & canopy.shard.Payload.$Shape;
             *   (properties?: canopy.shard.Payload.$Properties): canopy.shard.Payload;
             * }}
             */
            Payload.create = function(properties) {
                return new Payload(properties);
            };

            /**
             * Encodes the specified Payload message. Does not implicitly {@link canopy.shard.Payload.verify|verify} messages.
             * @function encode
             * @memberof canopy.shard.Payload
             * @static
             * @param {canopy.shard.Payload.$Properties} message Payload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Payload.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit"))
                    $root.canopy.shard.Commit.encode(message.commit, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.prepare != null && $Object.hasOwnProperty.call(message, "prepare"))
                    $root.canopy.shard.Prepare.encode(message.prepare, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.commitDecision != null && $Object.hasOwnProperty.call(message, "commitDecision"))
                    $root.canopy.shard.CommitDecision.encode(message.commitDecision, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.commitPrepared != null && $Object.hasOwnProperty.call(message, "commitPrepared"))
                    $root.canopy.shard.CommitPrepared.encode(message.commitPrepared, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.abortPrepared != null && $Object.hasOwnProperty.call(message, "abortPrepared"))
                    $root.canopy.shard.AbortPrepared.encode(message.abortPrepared, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.forget != null && $Object.hasOwnProperty.call(message, "forget"))
                    $root.canopy.shard.Forget.encode(message.forget, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Payload message, length delimited. Does not implicitly {@link canopy.shard.Payload.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shard.Payload
             * @static
             * @param {canopy.shard.Payload.$Properties} message Payload message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Payload.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Payload message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shard.Payload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shard.Payload & canopy.shard.Payload.$Shape} Payload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Payload.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shard.Payload();
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
                            message.commit = $root.canopy.shard.Commit.decode(reader, reader.size(), $undefined, _depth + 1, message.commit);
                            message.record = "commit";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.prepare = $root.canopy.shard.Prepare.decode(reader, reader.size(), $undefined, _depth + 1, message.prepare);
                            message.record = "prepare";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.commitDecision = $root.canopy.shard.CommitDecision.decode(reader, reader.size(), $undefined, _depth + 1, message.commitDecision);
                            message.record = "commitDecision";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.commitPrepared = $root.canopy.shard.CommitPrepared.decode(reader, reader.size(), $undefined, _depth + 1, message.commitPrepared);
                            message.record = "commitPrepared";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.abortPrepared = $root.canopy.shard.AbortPrepared.decode(reader, reader.size(), $undefined, _depth + 1, message.abortPrepared);
                            message.record = "abortPrepared";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.forget = $root.canopy.shard.Forget.decode(reader, reader.size(), $undefined, _depth + 1, message.forget);
                            message.record = "forget";
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
             * Decodes a Payload message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shard.Payload
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shard.Payload & canopy.shard.Payload.$Shape} Payload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Payload.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Payload message.
             * @function verify
             * @memberof canopy.shard.Payload
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Payload.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit")) {
                    properties.record = 1;
                    {
                        let error = $root.canopy.shard.Commit.verify(message.commit, _depth + 1);
                        if (error)
                            return "commit." + error;
                    }
                }
                if (message.prepare != null && $Object.hasOwnProperty.call(message, "prepare")) {
                    if (properties.record === 1)
                        return "record: multiple values";
                    properties.record = 1;
                    {
                        let error = $root.canopy.shard.Prepare.verify(message.prepare, _depth + 1);
                        if (error)
                            return "prepare." + error;
                    }
                }
                if (message.commitDecision != null && $Object.hasOwnProperty.call(message, "commitDecision")) {
                    if (properties.record === 1)
                        return "record: multiple values";
                    properties.record = 1;
                    {
                        let error = $root.canopy.shard.CommitDecision.verify(message.commitDecision, _depth + 1);
                        if (error)
                            return "commitDecision." + error;
                    }
                }
                if (message.commitPrepared != null && $Object.hasOwnProperty.call(message, "commitPrepared")) {
                    if (properties.record === 1)
                        return "record: multiple values";
                    properties.record = 1;
                    {
                        let error = $root.canopy.shard.CommitPrepared.verify(message.commitPrepared, _depth + 1);
                        if (error)
                            return "commitPrepared." + error;
                    }
                }
                if (message.abortPrepared != null && $Object.hasOwnProperty.call(message, "abortPrepared")) {
                    if (properties.record === 1)
                        return "record: multiple values";
                    properties.record = 1;
                    {
                        let error = $root.canopy.shard.AbortPrepared.verify(message.abortPrepared, _depth + 1);
                        if (error)
                            return "abortPrepared." + error;
                    }
                }
                if (message.forget != null && $Object.hasOwnProperty.call(message, "forget")) {
                    if (properties.record === 1)
                        return "record: multiple values";
                    properties.record = 1;
                    {
                        let error = $root.canopy.shard.Forget.verify(message.forget, _depth + 1);
                        if (error)
                            return "forget." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Payload message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shard.Payload
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shard.Payload} Payload
             */
            Payload.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shard.Payload)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shard.Payload: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shard.Payload();
                if (object.commit != null) {
                    if (!$util.isObject(object.commit))
                        throw $TypeError(".canopy.shard.Payload.commit: object expected");
                    message.commit = $root.canopy.shard.Commit.fromObject(object.commit, _depth + 1);
                }
                if (object.prepare != null) {
                    if (!$util.isObject(object.prepare))
                        throw $TypeError(".canopy.shard.Payload.prepare: object expected");
                    message.prepare = $root.canopy.shard.Prepare.fromObject(object.prepare, _depth + 1);
                }
                if (object.commitDecision != null) {
                    if (!$util.isObject(object.commitDecision))
                        throw $TypeError(".canopy.shard.Payload.commitDecision: object expected");
                    message.commitDecision = $root.canopy.shard.CommitDecision.fromObject(object.commitDecision, _depth + 1);
                }
                if (object.commitPrepared != null) {
                    if (!$util.isObject(object.commitPrepared))
                        throw $TypeError(".canopy.shard.Payload.commitPrepared: object expected");
                    message.commitPrepared = $root.canopy.shard.CommitPrepared.fromObject(object.commitPrepared, _depth + 1);
                }
                if (object.abortPrepared != null) {
                    if (!$util.isObject(object.abortPrepared))
                        throw $TypeError(".canopy.shard.Payload.abortPrepared: object expected");
                    message.abortPrepared = $root.canopy.shard.AbortPrepared.fromObject(object.abortPrepared, _depth + 1);
                }
                if (object.forget != null) {
                    if (!$util.isObject(object.forget))
                        throw $TypeError(".canopy.shard.Payload.forget: object expected");
                    message.forget = $root.canopy.shard.Forget.fromObject(object.forget, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Payload message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shard.Payload
             * @static
             * @param {canopy.shard.Payload} message Payload
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Payload.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit")) {
                    object.commit = $root.canopy.shard.Commit.toObject(message.commit, options, _depth + 1);
                    if (options.oneofs)
                        object.record = "commit";
                }
                if (message.prepare != null && $Object.hasOwnProperty.call(message, "prepare")) {
                    object.prepare = $root.canopy.shard.Prepare.toObject(message.prepare, options, _depth + 1);
                    if (options.oneofs)
                        object.record = "prepare";
                }
                if (message.commitDecision != null && $Object.hasOwnProperty.call(message, "commitDecision")) {
                    object.commitDecision = $root.canopy.shard.CommitDecision.toObject(message.commitDecision, options, _depth + 1);
                    if (options.oneofs)
                        object.record = "commitDecision";
                }
                if (message.commitPrepared != null && $Object.hasOwnProperty.call(message, "commitPrepared")) {
                    object.commitPrepared = $root.canopy.shard.CommitPrepared.toObject(message.commitPrepared, options, _depth + 1);
                    if (options.oneofs)
                        object.record = "commitPrepared";
                }
                if (message.abortPrepared != null && $Object.hasOwnProperty.call(message, "abortPrepared")) {
                    object.abortPrepared = $root.canopy.shard.AbortPrepared.toObject(message.abortPrepared, options, _depth + 1);
                    if (options.oneofs)
                        object.record = "abortPrepared";
                }
                if (message.forget != null && $Object.hasOwnProperty.call(message, "forget")) {
                    object.forget = $root.canopy.shard.Forget.toObject(message.forget, options, _depth + 1);
                    if (options.oneofs)
                        object.record = "forget";
                }
                return object;
            };

            /**
             * Converts this Payload to JSON.
             * @function toJSON
             * @memberof canopy.shard.Payload
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Payload.prototype.toJSON = function() {
                return Payload.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Payload
             * @function getTypeUrl
             * @memberof canopy.shard.Payload
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Payload.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shard.Payload";
            };

            return Payload;
        })();

        shard.Decision = (function() {

            /**
             * Properties of a Decision.
             * @typedef {Object} canopy.shard.Decision.$Properties
             * @property {string|null} [txId] Decision txId
             * @property {Array.<string>|null} [participants] Decision participants
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Decision.
             * @memberof canopy.shard
             * @interface IDecision
             * @augments canopy.shard.Decision.$Properties
             * @deprecated Use canopy.shard.Decision.$Properties instead.
             */

            /**
             * Shape of a Decision.
             * @typedef {canopy.shard.Decision.$Properties} canopy.shard.Decision.$Shape
             */

            /**
             * Constructs a new Decision.
             * @memberof canopy.shard
             * @classdesc Represents a Decision.
             * @constructor
             * @param {canopy.shard.Decision.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Decision = function (properties) {
                this.participants = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Decision txId.
             * @member {string} txId
             * @memberof canopy.shard.Decision
             * @instance
             */
            Decision.prototype.txId = "";

            /**
             * Decision participants.
             * @member {Array.<string>} participants
             * @memberof canopy.shard.Decision
             * @instance
             */
            Decision.prototype.participants = $util.emptyArray;

            /**
             * Creates a new Decision instance using the specified properties.
             * @function create
             * @memberof canopy.shard.Decision
             * @static
             * @param {canopy.shard.Decision.$Properties=} [properties] Properties to set
             * @returns {canopy.shard.Decision} Decision instance
             * @type {{
             *   (properties: canopy.shard.Decision.$Shape): canopy.shard.Decision & canopy.shard.Decision.$Shape;
             *   (properties?: canopy.shard.Decision.$Properties): canopy.shard.Decision;
             * }}
             */
            Decision.create = function(properties) {
                return new Decision(properties);
            };

            /**
             * Encodes the specified Decision message. Does not implicitly {@link canopy.shard.Decision.verify|verify} messages.
             * @function encode
             * @memberof canopy.shard.Decision
             * @static
             * @param {canopy.shard.Decision.$Properties} message Decision message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Decision.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId") && message.txId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.txId);
                if (message.participants != null && message.participants.length)
                    for (let i = 0; i < message.participants.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.participants[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Decision message, length delimited. Does not implicitly {@link canopy.shard.Decision.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shard.Decision
             * @static
             * @param {canopy.shard.Decision.$Properties} message Decision message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Decision.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Decision message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shard.Decision
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shard.Decision & canopy.shard.Decision.$Shape} Decision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Decision.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shard.Decision();
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
                            if ((value = reader.stringVerify()).length)
                                message.txId = value;
                            else
                                delete message.txId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.participants && message.participants.length))
                                message.participants = [];
                            message.participants.push(reader.stringVerify());
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
             * Decodes a Decision message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shard.Decision
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shard.Decision & canopy.shard.Decision.$Shape} Decision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Decision.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Decision message.
             * @function verify
             * @memberof canopy.shard.Decision
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Decision.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    if (!$util.isString(message.txId))
                        return "txId: string expected";
                if (message.participants != null && $Object.hasOwnProperty.call(message, "participants")) {
                    if (!$Array.isArray(message.participants))
                        return "participants: array expected";
                    for (let i = 0; i < message.participants.length; ++i)
                        if (!$util.isString(message.participants[i]))
                            return "participants: string[] expected";
                }
                return null;
            };

            /**
             * Creates a Decision message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shard.Decision
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shard.Decision} Decision
             */
            Decision.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shard.Decision)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shard.Decision: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shard.Decision();
                if (object.txId != null)
                    if (typeof object.txId !== "string" || object.txId.length)
                        message.txId = $String(object.txId);
                if (object.participants) {
                    if (!$Array.isArray(object.participants))
                        throw $TypeError(".canopy.shard.Decision.participants: array expected");
                    message.participants = $Array(object.participants.length);
                    for (let i = 0; i < object.participants.length; ++i)
                        message.participants[i] = $String(object.participants[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from a Decision message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shard.Decision
             * @static
             * @param {canopy.shard.Decision} message Decision
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Decision.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.participants = [];
                if (options.defaults)
                    object.txId = "";
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    object.txId = message.txId;
                if (message.participants && message.participants.length) {
                    object.participants = $Array(message.participants.length);
                    for (let j = 0; j < message.participants.length; ++j)
                        object.participants[j] = message.participants[j];
                }
                return object;
            };

            /**
             * Converts this Decision to JSON.
             * @function toJSON
             * @memberof canopy.shard.Decision
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Decision.prototype.toJSON = function() {
                return Decision.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Decision
             * @function getTypeUrl
             * @memberof canopy.shard.Decision
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Decision.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shard.Decision";
            };

            return Decision;
        })();

        shard.Image = (function() {

            /**
             * Properties of an Image.
             * @typedef {Object} canopy.shard.Image.$Properties
             * @property {number|null} [format] Image format
             * @property {Uint8Array|null} [tree] Image tree
             * @property {Array.<canopy.shard.Prepare.$Properties>|null} [prepared] Image prepared
             * @property {Array.<canopy.shard.Decision.$Properties>|null} [decisions] Image decisions
             * @property {Array.<canopy.shard.PairMark.$Properties>|null} [pairMarks] Image pairMarks
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Image.
             * @memberof canopy.shard
             * @interface IImage
             * @augments canopy.shard.Image.$Properties
             * @deprecated Use canopy.shard.Image.$Properties instead.
             */

            /**
             * Shape of an Image.
             * @typedef {canopy.shard.Image.$Properties} canopy.shard.Image.$Shape
             */

            /**
             * Constructs a new Image.
             * @memberof canopy.shard
             * @classdesc Represents an Image.
             * @constructor
             * @param {canopy.shard.Image.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Image = function (properties) {
                this.prepared = [];
                this.decisions = [];
                this.pairMarks = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Image format.
             * @member {number} format
             * @memberof canopy.shard.Image
             * @instance
             */
            Image.prototype.format = 0;

            /**
             * Image tree.
             * @member {Uint8Array} tree
             * @memberof canopy.shard.Image
             * @instance
             */
            Image.prototype.tree = $util.newBuffer([]);

            /**
             * Image prepared.
             * @member {Array.<canopy.shard.Prepare.$Properties>} prepared
             * @memberof canopy.shard.Image
             * @instance
             */
            Image.prototype.prepared = $util.emptyArray;

            /**
             * Image decisions.
             * @member {Array.<canopy.shard.Decision.$Properties>} decisions
             * @memberof canopy.shard.Image
             * @instance
             */
            Image.prototype.decisions = $util.emptyArray;

            /**
             * Image pairMarks.
             * @member {Array.<canopy.shard.PairMark.$Properties>} pairMarks
             * @memberof canopy.shard.Image
             * @instance
             */
            Image.prototype.pairMarks = $util.emptyArray;

            /**
             * Creates a new Image instance using the specified properties.
             * @function create
             * @memberof canopy.shard.Image
             * @static
             * @param {canopy.shard.Image.$Properties=} [properties] Properties to set
             * @returns {canopy.shard.Image} Image instance
             * @type {{
             *   (properties: canopy.shard.Image.$Shape): canopy.shard.Image & canopy.shard.Image.$Shape;
             *   (properties?: canopy.shard.Image.$Properties): canopy.shard.Image;
             * }}
             */
            Image.create = function(properties) {
                return new Image(properties);
            };

            /**
             * Encodes the specified Image message. Does not implicitly {@link canopy.shard.Image.verify|verify} messages.
             * @function encode
             * @memberof canopy.shard.Image
             * @static
             * @param {canopy.shard.Image.$Properties} message Image message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Image.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.format != null && $Object.hasOwnProperty.call(message, "format") && message.format !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.format);
                if (message.tree != null && $Object.hasOwnProperty.call(message, "tree") && message.tree.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.tree);
                if (message.prepared != null && message.prepared.length)
                    for (let i = 0; i < message.prepared.length; ++i)
                        $root.canopy.shard.Prepare.encode(message.prepared[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.decisions != null && message.decisions.length)
                    for (let i = 0; i < message.decisions.length; ++i)
                        $root.canopy.shard.Decision.encode(message.decisions[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.pairMarks != null && message.pairMarks.length)
                    for (let i = 0; i < message.pairMarks.length; ++i)
                        $root.canopy.shard.PairMark.encode(message.pairMarks[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified Image message, length delimited. Does not implicitly {@link canopy.shard.Image.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shard.Image
             * @static
             * @param {canopy.shard.Image.$Properties} message Image message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Image.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an Image message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shard.Image
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shard.Image & canopy.shard.Image.$Shape} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Image.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shard.Image();
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
                            if (value = reader.uint32())
                                message.format = value;
                            else
                                delete message.format;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.tree = value;
                            else
                                delete message.tree;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.prepared && message.prepared.length))
                                message.prepared = [];
                            message.prepared.push($root.canopy.shard.Prepare.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.decisions && message.decisions.length))
                                message.decisions = [];
                            message.decisions.push($root.canopy.shard.Decision.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.pairMarks && message.pairMarks.length))
                                message.pairMarks = [];
                            message.pairMarks.push($root.canopy.shard.PairMark.decode(reader, reader.size(), $undefined, _depth + 1));
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
             * Decodes an Image message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shard.Image
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shard.Image & canopy.shard.Image.$Shape} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Image.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an Image message.
             * @function verify
             * @memberof canopy.shard.Image
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Image.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    if (!$util.isInteger(message.format))
                        return "format: integer expected";
                if (message.tree != null && $Object.hasOwnProperty.call(message, "tree"))
                    if (!(message.tree && typeof message.tree.length === "number" || $util.isString(message.tree)))
                        return "tree: buffer expected";
                if (message.prepared != null && $Object.hasOwnProperty.call(message, "prepared")) {
                    if (!$Array.isArray(message.prepared))
                        return "prepared: array expected";
                    for (let i = 0; i < message.prepared.length; ++i) {
                        let error = $root.canopy.shard.Prepare.verify(message.prepared[i], _depth + 1);
                        if (error)
                            return "prepared." + error;
                    }
                }
                if (message.decisions != null && $Object.hasOwnProperty.call(message, "decisions")) {
                    if (!$Array.isArray(message.decisions))
                        return "decisions: array expected";
                    for (let i = 0; i < message.decisions.length; ++i) {
                        let error = $root.canopy.shard.Decision.verify(message.decisions[i], _depth + 1);
                        if (error)
                            return "decisions." + error;
                    }
                }
                if (message.pairMarks != null && $Object.hasOwnProperty.call(message, "pairMarks")) {
                    if (!$Array.isArray(message.pairMarks))
                        return "pairMarks: array expected";
                    for (let i = 0; i < message.pairMarks.length; ++i) {
                        let error = $root.canopy.shard.PairMark.verify(message.pairMarks[i], _depth + 1);
                        if (error)
                            return "pairMarks." + error;
                    }
                }
                return null;
            };

            /**
             * Creates an Image message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shard.Image
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shard.Image} Image
             */
            Image.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shard.Image)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shard.Image: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shard.Image();
                if (object.format != null)
                    if ($Number(object.format) !== 0)
                        message.format = object.format >>> 0;
                if (object.tree != null)
                    if (object.tree.length)
                        if (typeof object.tree === "string")
                            $util.base64.decode(object.tree, message.tree = $util.newBuffer($util.base64.length(object.tree)), 0);
                        else if (object.tree.length >= 0)
                            message.tree = object.tree;
                if (object.prepared) {
                    if (!$Array.isArray(object.prepared))
                        throw $TypeError(".canopy.shard.Image.prepared: array expected");
                    message.prepared = $Array(object.prepared.length);
                    for (let i = 0; i < object.prepared.length; ++i) {
                        if (!$util.isObject(object.prepared[i]))
                            throw $TypeError(".canopy.shard.Image.prepared: object expected");
                        message.prepared[i] = $root.canopy.shard.Prepare.fromObject(object.prepared[i], _depth + 1);
                    }
                }
                if (object.decisions) {
                    if (!$Array.isArray(object.decisions))
                        throw $TypeError(".canopy.shard.Image.decisions: array expected");
                    message.decisions = $Array(object.decisions.length);
                    for (let i = 0; i < object.decisions.length; ++i) {
                        if (!$util.isObject(object.decisions[i]))
                            throw $TypeError(".canopy.shard.Image.decisions: object expected");
                        message.decisions[i] = $root.canopy.shard.Decision.fromObject(object.decisions[i], _depth + 1);
                    }
                }
                if (object.pairMarks) {
                    if (!$Array.isArray(object.pairMarks))
                        throw $TypeError(".canopy.shard.Image.pairMarks: array expected");
                    message.pairMarks = $Array(object.pairMarks.length);
                    for (let i = 0; i < object.pairMarks.length; ++i) {
                        if (!$util.isObject(object.pairMarks[i]))
                            throw $TypeError(".canopy.shard.Image.pairMarks: object expected");
                        message.pairMarks[i] = $root.canopy.shard.PairMark.fromObject(object.pairMarks[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an Image message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shard.Image
             * @static
             * @param {canopy.shard.Image} message Image
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Image.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.prepared = [];
                    object.decisions = [];
                    object.pairMarks = [];
                }
                if (options.defaults) {
                    object.format = 0;
                    if (options.bytes === $String)
                        object.tree = "";
                    else {
                        object.tree = [];
                        if (options.bytes !== $Array)
                            object.tree = $util.newBuffer(object.tree);
                    }
                }
                if (message.format != null && $Object.hasOwnProperty.call(message, "format"))
                    object.format = message.format;
                if (message.tree != null && $Object.hasOwnProperty.call(message, "tree"))
                    object.tree = options.bytes === $String ? $util.base64.encode(message.tree, 0, message.tree.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.tree) : message.tree;
                if (message.prepared && message.prepared.length) {
                    object.prepared = $Array(message.prepared.length);
                    for (let j = 0; j < message.prepared.length; ++j)
                        object.prepared[j] = $root.canopy.shard.Prepare.toObject(message.prepared[j], options, _depth + 1);
                }
                if (message.decisions && message.decisions.length) {
                    object.decisions = $Array(message.decisions.length);
                    for (let j = 0; j < message.decisions.length; ++j)
                        object.decisions[j] = $root.canopy.shard.Decision.toObject(message.decisions[j], options, _depth + 1);
                }
                if (message.pairMarks && message.pairMarks.length) {
                    object.pairMarks = $Array(message.pairMarks.length);
                    for (let j = 0; j < message.pairMarks.length; ++j)
                        object.pairMarks[j] = $root.canopy.shard.PairMark.toObject(message.pairMarks[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this Image to JSON.
             * @function toJSON
             * @memberof canopy.shard.Image
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Image.prototype.toJSON = function() {
                return Image.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Image
             * @function getTypeUrl
             * @memberof canopy.shard.Image
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Image.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shard.Image";
            };

            return Image;
        })();

        shard.PairMark = (function() {

            /**
             * Properties of a PairMark.
             * @typedef {Object} canopy.shard.PairMark.$Properties
             * @property {string|null} [shard] PairMark shard
             * @property {string|null} [txId] PairMark txId
             * @property {number|Long|null} [count] PairMark count
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PairMark.
             * @memberof canopy.shard
             * @interface IPairMark
             * @augments canopy.shard.PairMark.$Properties
             * @deprecated Use canopy.shard.PairMark.$Properties instead.
             */

            /**
             * Shape of a PairMark.
             * @typedef {canopy.shard.PairMark.$Properties} canopy.shard.PairMark.$Shape
             */

            /**
             * Constructs a new PairMark.
             * @memberof canopy.shard
             * @classdesc Represents a PairMark.
             * @constructor
             * @param {canopy.shard.PairMark.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PairMark = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PairMark shard.
             * @member {string} shard
             * @memberof canopy.shard.PairMark
             * @instance
             */
            PairMark.prototype.shard = "";

            /**
             * PairMark txId.
             * @member {string} txId
             * @memberof canopy.shard.PairMark
             * @instance
             */
            PairMark.prototype.txId = "";

            /**
             * PairMark count.
             * @member {number|Long} count
             * @memberof canopy.shard.PairMark
             * @instance
             */
            PairMark.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new PairMark instance using the specified properties.
             * @function create
             * @memberof canopy.shard.PairMark
             * @static
             * @param {canopy.shard.PairMark.$Properties=} [properties] Properties to set
             * @returns {canopy.shard.PairMark} PairMark instance
             * @type {{
             *   (properties: canopy.shard.PairMark.$Shape): canopy.shard.PairMark & canopy.shard.PairMark.$Shape;
             *   (properties?: canopy.shard.PairMark.$Properties): canopy.shard.PairMark;
             * }}
             */
            PairMark.create = function(properties) {
                return new PairMark(properties);
            };

            /**
             * Encodes the specified PairMark message. Does not implicitly {@link canopy.shard.PairMark.verify|verify} messages.
             * @function encode
             * @memberof canopy.shard.PairMark
             * @static
             * @param {canopy.shard.PairMark.$Properties} message PairMark message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PairMark.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.shard != null && $Object.hasOwnProperty.call(message, "shard") && message.shard !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.shard);
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId") && message.txId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.txId);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.count);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Encodes the specified PairMark message, length delimited. Does not implicitly {@link canopy.shard.PairMark.verify|verify} messages.
             * @function encodeDelimited
             * @memberof canopy.shard.PairMark
             * @static
             * @param {canopy.shard.PairMark.$Properties} message PairMark message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PairMark.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PairMark message from the specified reader or buffer.
             * @function decode
             * @memberof canopy.shard.PairMark
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {canopy.shard.PairMark & canopy.shard.PairMark.$Shape} PairMark
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PairMark.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.canopy.shard.PairMark();
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
                            if ((value = reader.stringVerify()).length)
                                message.shard = value;
                            else
                                delete message.shard;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.txId = value;
                            else
                                delete message.txId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.count = value;
                            else
                                delete message.count;
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
             * Decodes a PairMark message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof canopy.shard.PairMark
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {canopy.shard.PairMark & canopy.shard.PairMark.$Shape} PairMark
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PairMark.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PairMark message.
             * @function verify
             * @memberof canopy.shard.PairMark
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PairMark.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.shard != null && $Object.hasOwnProperty.call(message, "shard"))
                    if (!$util.isString(message.shard))
                        return "shard: string expected";
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    if (!$util.isString(message.txId))
                        return "txId: string expected";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count) && !(message.count && $util.isInteger(message.count.low) && $util.isInteger(message.count.high)))
                        return "count: integer|Long expected";
                return null;
            };

            /**
             * Creates a PairMark message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof canopy.shard.PairMark
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {canopy.shard.PairMark} PairMark
             */
            PairMark.fromObject = function (object, _depth) {
                if (object instanceof $root.canopy.shard.PairMark)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".canopy.shard.PairMark: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.canopy.shard.PairMark();
                if (object.shard != null)
                    if (typeof object.shard !== "string" || object.shard.length)
                        message.shard = $String(object.shard);
                if (object.txId != null)
                    if (typeof object.txId !== "string" || object.txId.length)
                        message.txId = $String(object.txId);
                if (object.count != null)
                    if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                        if ($util.Long)
                            message.count = $util.Long.fromValue(object.count, true);
                        else if (typeof object.count === "string")
                            message.count = $parseInt(object.count, 10);
                        else if (typeof object.count === "number")
                            message.count = object.count;
                        else if (typeof object.count === "object")
                            message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a PairMark message. Also converts values to other types if specified.
             * @function toObject
             * @memberof canopy.shard.PairMark
             * @static
             * @param {canopy.shard.PairMark} message PairMark
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PairMark.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.shard = "";
                    object.txId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.shard != null && $Object.hasOwnProperty.call(message, "shard"))
                    object.shard = message.shard;
                if (message.txId != null && $Object.hasOwnProperty.call(message, "txId"))
                    object.txId = message.txId;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                    else if (typeof message.count === "number")
                        object.count = options.longs === $String ? $String(message.count) : message.count;
                    else
                        object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                return object;
            };

            /**
             * Converts this PairMark to JSON.
             * @function toJSON
             * @memberof canopy.shard.PairMark
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PairMark.prototype.toJSON = function() {
                return PairMark.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PairMark
             * @function getTypeUrl
             * @memberof canopy.shard.PairMark
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PairMark.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.shard.PairMark";
            };

            return PairMark;
        })();

        return shard;
    })();

    return canopy;
})();

export {
  $root as default
};
