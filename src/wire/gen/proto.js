/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Array = $util.global.Array, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Boolean = $util.global.Boolean;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const canopy = $root.canopy = (() => {

    const canopy = {};

    canopy.raft = (function() {

        const raft = {};

        raft.ConfChange = (function() {

            const ConfChange = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConfChange.prototype.type = 0;
            ConfChange.prototype.node = "";

            ConfChange.create = function(properties) {
                return new ConfChange(properties);
            };

            ConfChange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== 0)
                    writer.uint32(8).int32(message.type);
                if (message.node != null && $Object.hasOwnProperty.call(message, "node") && message.node !== "")
                    writer.uint32(18).string(message.node);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConfChange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            ConfChange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            ConfChange.prototype.toJSON = function() {
                return ConfChange.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConfChange.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.ConfChange";
            };

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

            const ConfState = function (properties) {
                this.voters = [];
                this.learners = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ConfState.prototype.voters = $util.emptyArray;
            ConfState.prototype.learners = $util.emptyArray;

            ConfState.create = function(properties) {
                return new ConfState(properties);
            };

            ConfState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.voters != null && message.voters.length)
                    for (let i = 0; i < message.voters.length; ++i)
                        writer.uint32(10).string(message.voters[i]);
                if (message.learners != null && message.learners.length)
                    for (let i = 0; i < message.learners.length; ++i)
                        writer.uint32(18).string(message.learners[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ConfState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            ConfState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            ConfState.prototype.toJSON = function() {
                return ConfState.toObject(this, $protobuf.util.toJSONOptions);
            };

            ConfState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.ConfState";
            };

            return ConfState;
        })();

        raft.Entry = (function() {

            const Entry = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Entry.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Entry.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Entry.prototype.data = null;
            Entry.prototype.change = null;

            let $oneOfFields;

            $Object.defineProperty(Entry.prototype, "payload", {
                get: $util.oneOfGetter($oneOfFields = ["data", "change"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Entry.create = function(properties) {
                return new Entry(properties);
            };

            Entry.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(8).uint64(message.term);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(16).uint64(message.index);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    writer.uint32(26).bytes(message.data);
                if (message.change != null && $Object.hasOwnProperty.call(message, "change"))
                    $root.canopy.raft.ConfChange.encode(message.change, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Entry.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            Entry.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            Entry.prototype.toJSON = function() {
                return Entry.toObject(this, $protobuf.util.toJSONOptions);
            };

            Entry.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.Entry";
            };

            return Entry;
        })();

        raft.HardState = (function() {

            const HardState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            HardState.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            HardState.prototype.vote = "";
            HardState.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            HardState.create = function(properties) {
                return new HardState(properties);
            };

            HardState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(8).uint64(message.term);
                if (message.vote != null && $Object.hasOwnProperty.call(message, "vote") && message.vote !== "")
                    writer.uint32(18).string(message.vote);
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(24).uint64(message.commit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            HardState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            HardState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            HardState.prototype.toJSON = function() {
                return HardState.toObject(this, $protobuf.util.toJSONOptions);
            };

            HardState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.HardState";
            };

            return HardState;
        })();

        raft.SnapshotMeta = (function() {

            const SnapshotMeta = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SnapshotMeta.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SnapshotMeta.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SnapshotMeta.prototype.confState = null;

            SnapshotMeta.create = function(properties) {
                return new SnapshotMeta(properties);
            };

            SnapshotMeta.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(8).uint64(message.index);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(16).uint64(message.term);
                if (message.confState != null && $Object.hasOwnProperty.call(message, "confState"))
                    $root.canopy.raft.ConfState.encode(message.confState, writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SnapshotMeta.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            SnapshotMeta.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            SnapshotMeta.prototype.toJSON = function() {
                return SnapshotMeta.toObject(this, $protobuf.util.toJSONOptions);
            };

            SnapshotMeta.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.SnapshotMeta";
            };

            return SnapshotMeta;
        })();

        raft.SnapshotManifest = (function() {

            const SnapshotManifest = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SnapshotManifest.prototype.meta = null;
            SnapshotManifest.prototype.dataBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SnapshotManifest.prototype.chunkCount = 0;
            SnapshotManifest.prototype.dataCrc = 0;

            SnapshotManifest.create = function(properties) {
                return new SnapshotManifest(properties);
            };

            SnapshotManifest.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.canopy.raft.SnapshotMeta.encode(message.meta, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.dataBytes != null && $Object.hasOwnProperty.call(message, "dataBytes") && (typeof message.dataBytes === "object" ? message.dataBytes.low || message.dataBytes.high : message.dataBytes !== 0))
                    writer.uint32(16).uint64(message.dataBytes);
                if (message.chunkCount != null && $Object.hasOwnProperty.call(message, "chunkCount") && message.chunkCount !== 0)
                    writer.uint32(24).uint32(message.chunkCount);
                if (message.dataCrc != null && $Object.hasOwnProperty.call(message, "dataCrc") && message.dataCrc !== 0)
                    writer.uint32(32).uint32(message.dataCrc);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SnapshotManifest.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            SnapshotManifest.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            SnapshotManifest.prototype.toJSON = function() {
                return SnapshotManifest.toObject(this, $protobuf.util.toJSONOptions);
            };

            SnapshotManifest.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.SnapshotManifest";
            };

            return SnapshotManifest;
        })();

        raft.AppendEntries = (function() {

            const AppendEntries = function (properties) {
                this.entries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AppendEntries.prototype.prevLogIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AppendEntries.prototype.prevLogTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AppendEntries.prototype.entries = $util.emptyArray;
            AppendEntries.prototype.leaderCommit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            AppendEntries.create = function(properties) {
                return new AppendEntries(properties);
            };

            AppendEntries.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.prevLogIndex != null && $Object.hasOwnProperty.call(message, "prevLogIndex") && (typeof message.prevLogIndex === "object" ? message.prevLogIndex.low || message.prevLogIndex.high : message.prevLogIndex !== 0))
                    writer.uint32(8).uint64(message.prevLogIndex);
                if (message.prevLogTerm != null && $Object.hasOwnProperty.call(message, "prevLogTerm") && (typeof message.prevLogTerm === "object" ? message.prevLogTerm.low || message.prevLogTerm.high : message.prevLogTerm !== 0))
                    writer.uint32(16).uint64(message.prevLogTerm);
                if (message.entries != null && message.entries.length)
                    for (let i = 0; i < message.entries.length; ++i)
                        $root.canopy.raft.Entry.encode(message.entries[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.leaderCommit != null && $Object.hasOwnProperty.call(message, "leaderCommit") && (typeof message.leaderCommit === "object" ? message.leaderCommit.low || message.leaderCommit.high : message.leaderCommit !== 0))
                    writer.uint32(32).uint64(message.leaderCommit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AppendEntries.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            AppendEntries.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            AppendEntries.prototype.toJSON = function() {
                return AppendEntries.toObject(this, $protobuf.util.toJSONOptions);
            };

            AppendEntries.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.AppendEntries";
            };

            return AppendEntries;
        })();

        raft.AppendEntriesResponse = (function() {

            const AppendEntriesResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AppendEntriesResponse.prototype.success = false;
            AppendEntriesResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AppendEntriesResponse.prototype.rejectHint = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            AppendEntriesResponse.prototype.rejectTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            AppendEntriesResponse.create = function(properties) {
                return new AppendEntriesResponse(properties);
            };

            AppendEntriesResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.success != null && $Object.hasOwnProperty.call(message, "success") && message.success !== false)
                    writer.uint32(8).bool(message.success);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(16).uint64(message.index);
                if (message.rejectHint != null && $Object.hasOwnProperty.call(message, "rejectHint") && (typeof message.rejectHint === "object" ? message.rejectHint.low || message.rejectHint.high : message.rejectHint !== 0))
                    writer.uint32(24).uint64(message.rejectHint);
                if (message.rejectTerm != null && $Object.hasOwnProperty.call(message, "rejectTerm") && (typeof message.rejectTerm === "object" ? message.rejectTerm.low || message.rejectTerm.high : message.rejectTerm !== 0))
                    writer.uint32(32).uint64(message.rejectTerm);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AppendEntriesResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            AppendEntriesResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            AppendEntriesResponse.prototype.toJSON = function() {
                return AppendEntriesResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            AppendEntriesResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.AppendEntriesResponse";
            };

            return AppendEntriesResponse;
        })();

        raft.RequestVote = (function() {

            const RequestVote = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RequestVote.prototype.preVote = false;
            RequestVote.prototype.lastLogIndex = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RequestVote.prototype.lastLogTerm = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RequestVote.prototype.transfer = false;

            RequestVote.create = function(properties) {
                return new RequestVote(properties);
            };

            RequestVote.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.preVote != null && $Object.hasOwnProperty.call(message, "preVote") && message.preVote !== false)
                    writer.uint32(8).bool(message.preVote);
                if (message.lastLogIndex != null && $Object.hasOwnProperty.call(message, "lastLogIndex") && (typeof message.lastLogIndex === "object" ? message.lastLogIndex.low || message.lastLogIndex.high : message.lastLogIndex !== 0))
                    writer.uint32(16).uint64(message.lastLogIndex);
                if (message.lastLogTerm != null && $Object.hasOwnProperty.call(message, "lastLogTerm") && (typeof message.lastLogTerm === "object" ? message.lastLogTerm.low || message.lastLogTerm.high : message.lastLogTerm !== 0))
                    writer.uint32(24).uint64(message.lastLogTerm);
                if (message.transfer != null && $Object.hasOwnProperty.call(message, "transfer") && message.transfer !== false)
                    writer.uint32(32).bool(message.transfer);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RequestVote.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            RequestVote.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            RequestVote.prototype.toJSON = function() {
                return RequestVote.toObject(this, $protobuf.util.toJSONOptions);
            };

            RequestVote.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.RequestVote";
            };

            return RequestVote;
        })();

        raft.RequestVoteResponse = (function() {

            const RequestVoteResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RequestVoteResponse.prototype.preVote = false;
            RequestVoteResponse.prototype.granted = false;

            RequestVoteResponse.create = function(properties) {
                return new RequestVoteResponse(properties);
            };

            RequestVoteResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.preVote != null && $Object.hasOwnProperty.call(message, "preVote") && message.preVote !== false)
                    writer.uint32(8).bool(message.preVote);
                if (message.granted != null && $Object.hasOwnProperty.call(message, "granted") && message.granted !== false)
                    writer.uint32(16).bool(message.granted);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RequestVoteResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            RequestVoteResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            RequestVoteResponse.prototype.toJSON = function() {
                return RequestVoteResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            RequestVoteResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.RequestVoteResponse";
            };

            return RequestVoteResponse;
        })();

        raft.Heartbeat = (function() {

            const Heartbeat = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Heartbeat.prototype.commit = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Heartbeat.prototype.context = "";

            Heartbeat.create = function(properties) {
                return new Heartbeat(properties);
            };

            Heartbeat.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commit != null && $Object.hasOwnProperty.call(message, "commit") && (typeof message.commit === "object" ? message.commit.low || message.commit.high : message.commit !== 0))
                    writer.uint32(8).uint64(message.commit);
                if (message.context != null && $Object.hasOwnProperty.call(message, "context") && message.context !== "")
                    writer.uint32(18).string(message.context);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Heartbeat.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            Heartbeat.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            Heartbeat.prototype.toJSON = function() {
                return Heartbeat.toObject(this, $protobuf.util.toJSONOptions);
            };

            Heartbeat.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.Heartbeat";
            };

            return Heartbeat;
        })();

        raft.HeartbeatResponse = (function() {

            const HeartbeatResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            HeartbeatResponse.prototype.context = "";

            HeartbeatResponse.create = function(properties) {
                return new HeartbeatResponse(properties);
            };

            HeartbeatResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.context != null && $Object.hasOwnProperty.call(message, "context") && message.context !== "")
                    writer.uint32(10).string(message.context);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            HeartbeatResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            HeartbeatResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            HeartbeatResponse.prototype.toJSON = function() {
                return HeartbeatResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            HeartbeatResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.HeartbeatResponse";
            };

            return HeartbeatResponse;
        })();

        raft.InstallSnapshot = (function() {

            const InstallSnapshot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            InstallSnapshot.prototype.meta = null;
            InstallSnapshot.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            InstallSnapshot.prototype.chunk = $util.newBuffer([]);
            InstallSnapshot.prototype.done = false;
            InstallSnapshot.prototype.totalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            InstallSnapshot.prototype.checksum = 0;

            InstallSnapshot.create = function(properties) {
                return new InstallSnapshot(properties);
            };

            InstallSnapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.meta != null && $Object.hasOwnProperty.call(message, "meta"))
                    $root.canopy.raft.SnapshotMeta.encode(message.meta, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(16).uint64(message.offset);
                if (message.chunk != null && $Object.hasOwnProperty.call(message, "chunk") && message.chunk.length)
                    writer.uint32(26).bytes(message.chunk);
                if (message.done != null && $Object.hasOwnProperty.call(message, "done") && message.done !== false)
                    writer.uint32(32).bool(message.done);
                if (message.totalBytes != null && $Object.hasOwnProperty.call(message, "totalBytes") && (typeof message.totalBytes === "object" ? message.totalBytes.low || message.totalBytes.high : message.totalBytes !== 0))
                    writer.uint32(40).uint64(message.totalBytes);
                if (message.checksum != null && $Object.hasOwnProperty.call(message, "checksum") && message.checksum !== 0)
                    writer.uint32(48).uint32(message.checksum);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            InstallSnapshot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            InstallSnapshot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            InstallSnapshot.prototype.toJSON = function() {
                return InstallSnapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            InstallSnapshot.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.InstallSnapshot";
            };

            return InstallSnapshot;
        })();

        raft.InstallSnapshotResponse = (function() {

            const InstallSnapshotResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            InstallSnapshotResponse.prototype.offset = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            InstallSnapshotResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            InstallSnapshotResponse.prototype.done = false;
            InstallSnapshotResponse.prototype.reject = false;

            InstallSnapshotResponse.create = function(properties) {
                return new InstallSnapshotResponse(properties);
            };

            InstallSnapshotResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offset != null && $Object.hasOwnProperty.call(message, "offset") && (typeof message.offset === "object" ? message.offset.low || message.offset.high : message.offset !== 0))
                    writer.uint32(8).uint64(message.offset);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(16).uint64(message.index);
                if (message.done != null && $Object.hasOwnProperty.call(message, "done") && message.done !== false)
                    writer.uint32(24).bool(message.done);
                if (message.reject != null && $Object.hasOwnProperty.call(message, "reject") && message.reject !== false)
                    writer.uint32(32).bool(message.reject);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            InstallSnapshotResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            InstallSnapshotResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            InstallSnapshotResponse.prototype.toJSON = function() {
                return InstallSnapshotResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            InstallSnapshotResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.InstallSnapshotResponse";
            };

            return InstallSnapshotResponse;
        })();

        raft.TimeoutNow = (function() {

            const TimeoutNow = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TimeoutNow.create = function(properties) {
                return new TimeoutNow(properties);
            };

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

            TimeoutNow.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            TimeoutNow.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            TimeoutNow.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                return null;
            };

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

            TimeoutNow.toObject = function () {
                return {};
            };

            TimeoutNow.prototype.toJSON = function() {
                return TimeoutNow.toObject(this, $protobuf.util.toJSONOptions);
            };

            TimeoutNow.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.TimeoutNow";
            };

            return TimeoutNow;
        })();

        raft.ReadIndex = (function() {

            const ReadIndex = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReadIndex.prototype.requestId = "";

            ReadIndex.create = function(properties) {
                return new ReadIndex(properties);
            };

            ReadIndex.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(10).string(message.requestId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReadIndex.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            ReadIndex.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            ReadIndex.prototype.toJSON = function() {
                return ReadIndex.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReadIndex.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.ReadIndex";
            };

            return ReadIndex;
        })();

        raft.ReadIndexResponse = (function() {

            const ReadIndexResponse = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ReadIndexResponse.prototype.requestId = "";
            ReadIndexResponse.prototype.index = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            ReadIndexResponse.create = function(properties) {
                return new ReadIndexResponse(properties);
            };

            ReadIndexResponse.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.requestId != null && $Object.hasOwnProperty.call(message, "requestId") && message.requestId !== "")
                    writer.uint32(10).string(message.requestId);
                if (message.index != null && $Object.hasOwnProperty.call(message, "index") && (typeof message.index === "object" ? message.index.low || message.index.high : message.index !== 0))
                    writer.uint32(16).sint64(message.index);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ReadIndexResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            ReadIndexResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            ReadIndexResponse.prototype.toJSON = function() {
                return ReadIndexResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            ReadIndexResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.ReadIndexResponse";
            };

            return ReadIndexResponse;
        })();

        raft.RaftMessage = (function() {

            const RaftMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RaftMessage.prototype.from = "";
            RaftMessage.prototype.to = "";
            RaftMessage.prototype.term = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            RaftMessage.prototype.appendEntries = null;
            RaftMessage.prototype.appendEntriesResponse = null;
            RaftMessage.prototype.requestVote = null;
            RaftMessage.prototype.requestVoteResponse = null;
            RaftMessage.prototype.heartbeat = null;
            RaftMessage.prototype.heartbeatResponse = null;
            RaftMessage.prototype.installSnapshot = null;
            RaftMessage.prototype.installSnapshotResponse = null;
            RaftMessage.prototype.timeoutNow = null;
            RaftMessage.prototype.readIndex = null;
            RaftMessage.prototype.readIndexResponse = null;

            let $oneOfFields;

            $Object.defineProperty(RaftMessage.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["appendEntries", "appendEntriesResponse", "requestVote", "requestVoteResponse", "heartbeat", "heartbeatResponse", "installSnapshot", "installSnapshotResponse", "timeoutNow", "readIndex", "readIndexResponse"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            RaftMessage.create = function(properties) {
                return new RaftMessage(properties);
            };

            RaftMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.from != null && $Object.hasOwnProperty.call(message, "from") && message.from !== "")
                    writer.uint32(10).string(message.from);
                if (message.to != null && $Object.hasOwnProperty.call(message, "to") && message.to !== "")
                    writer.uint32(18).string(message.to);
                if (message.term != null && $Object.hasOwnProperty.call(message, "term") && (typeof message.term === "object" ? message.term.low || message.term.high : message.term !== 0))
                    writer.uint32(24).uint64(message.term);
                if (message.appendEntries != null && $Object.hasOwnProperty.call(message, "appendEntries"))
                    $root.canopy.raft.AppendEntries.encode(message.appendEntries, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.appendEntriesResponse != null && $Object.hasOwnProperty.call(message, "appendEntriesResponse"))
                    $root.canopy.raft.AppendEntriesResponse.encode(message.appendEntriesResponse, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.requestVote != null && $Object.hasOwnProperty.call(message, "requestVote"))
                    $root.canopy.raft.RequestVote.encode(message.requestVote, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.requestVoteResponse != null && $Object.hasOwnProperty.call(message, "requestVoteResponse"))
                    $root.canopy.raft.RequestVoteResponse.encode(message.requestVoteResponse, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.heartbeat != null && $Object.hasOwnProperty.call(message, "heartbeat"))
                    $root.canopy.raft.Heartbeat.encode(message.heartbeat, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.heartbeatResponse != null && $Object.hasOwnProperty.call(message, "heartbeatResponse"))
                    $root.canopy.raft.HeartbeatResponse.encode(message.heartbeatResponse, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.installSnapshot != null && $Object.hasOwnProperty.call(message, "installSnapshot"))
                    $root.canopy.raft.InstallSnapshot.encode(message.installSnapshot, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.installSnapshotResponse != null && $Object.hasOwnProperty.call(message, "installSnapshotResponse"))
                    $root.canopy.raft.InstallSnapshotResponse.encode(message.installSnapshotResponse, writer.uint32(138).fork(), _depth + 1).ldelim();
                if (message.timeoutNow != null && $Object.hasOwnProperty.call(message, "timeoutNow"))
                    $root.canopy.raft.TimeoutNow.encode(message.timeoutNow, writer.uint32(146).fork(), _depth + 1).ldelim();
                if (message.readIndex != null && $Object.hasOwnProperty.call(message, "readIndex"))
                    $root.canopy.raft.ReadIndex.encode(message.readIndex, writer.uint32(154).fork(), _depth + 1).ldelim();
                if (message.readIndexResponse != null && $Object.hasOwnProperty.call(message, "readIndexResponse"))
                    $root.canopy.raft.ReadIndexResponse.encode(message.readIndexResponse, writer.uint32(162).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RaftMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

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

            RaftMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

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

            RaftMessage.prototype.toJSON = function() {
                return RaftMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            RaftMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/canopy.raft.RaftMessage";
            };

            return RaftMessage;
        })();

        return raft;
    })();

    return canopy;
})();

export {
  $root as default
};
