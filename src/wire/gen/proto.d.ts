import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace canopy. */
export namespace canopy {

    /** Namespace cluster. */
    namespace cluster {

        /**
         * Properties of a Hello.
         * @deprecated Use canopy.cluster.Hello.$Properties instead.
         */
        interface IHello extends canopy.cluster.Hello.$Properties {
        }

        /** Represents a Hello. */
        class Hello {

            /**
             * Constructs a new Hello.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.cluster.Hello.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Hello cluster. */
            cluster: string;

            /** Hello from. */
            from: string;

            /** Hello to. */
            to: string;

            /** Hello protocolVersion. */
            protocolVersion: number;

            /** Hello minProtocolVersion. */
            minProtocolVersion: number;

            /** Hello incarnation. */
            incarnation: (number|Long);

            /**
             * Creates a new Hello instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Hello instance
             */
            static create(properties: canopy.cluster.Hello.$Shape): canopy.cluster.Hello & canopy.cluster.Hello.$Shape;
            static create(properties?: canopy.cluster.Hello.$Properties): canopy.cluster.Hello;

            /**
             * Encodes the specified Hello message. Does not implicitly {@link canopy.cluster.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.cluster.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Hello message, length delimited. Does not implicitly {@link canopy.cluster.Hello.verify|verify} messages.
             * @param message Hello message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.cluster.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.cluster.Hello & canopy.cluster.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.cluster.Hello & canopy.cluster.Hello.$Shape;

            /**
             * Decodes a Hello message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.cluster.Hello & canopy.cluster.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.cluster.Hello & canopy.cluster.Hello.$Shape;

            /**
             * Verifies a Hello message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Hello
             */
            static fromObject(object: { [k: string]: any }): canopy.cluster.Hello;

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @param message Hello
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.cluster.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Hello to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Hello
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {

            /** Properties of a Hello. */
            interface $Properties {

                /** Hello cluster */
                cluster?: (string|null);

                /** Hello from */
                from?: (string|null);

                /** Hello to */
                to?: (string|null);

                /** Hello protocolVersion */
                protocolVersion?: (number|null);

                /** Hello minProtocolVersion */
                minProtocolVersion?: (number|null);

                /** Hello incarnation */
                incarnation?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Hello. */
            type $Shape = canopy.cluster.Hello.$Properties;
        }

        /**
         * Properties of a Welcome.
         * @deprecated Use canopy.cluster.Welcome.$Properties instead.
         */
        interface IWelcome extends canopy.cluster.Welcome.$Properties {
        }

        /** Represents a Welcome. */
        class Welcome {

            /**
             * Constructs a new Welcome.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.cluster.Welcome.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Welcome cluster. */
            cluster: string;

            /** Welcome member. */
            member: string;

            /** Welcome protocolVersion. */
            protocolVersion: number;

            /** Welcome minProtocolVersion. */
            minProtocolVersion: number;

            /** Welcome incarnation. */
            incarnation: (number|Long);

            /**
             * Creates a new Welcome instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Welcome instance
             */
            static create(properties: canopy.cluster.Welcome.$Shape): canopy.cluster.Welcome & canopy.cluster.Welcome.$Shape;
            static create(properties?: canopy.cluster.Welcome.$Properties): canopy.cluster.Welcome;

            /**
             * Encodes the specified Welcome message. Does not implicitly {@link canopy.cluster.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.cluster.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Welcome message, length delimited. Does not implicitly {@link canopy.cluster.Welcome.verify|verify} messages.
             * @param message Welcome message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.cluster.Welcome.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Welcome message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.cluster.Welcome & canopy.cluster.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.cluster.Welcome & canopy.cluster.Welcome.$Shape;

            /**
             * Decodes a Welcome message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.cluster.Welcome & canopy.cluster.Welcome.$Shape} Welcome
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.cluster.Welcome & canopy.cluster.Welcome.$Shape;

            /**
             * Verifies a Welcome message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Welcome message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Welcome
             */
            static fromObject(object: { [k: string]: any }): canopy.cluster.Welcome;

            /**
             * Creates a plain object from a Welcome message. Also converts values to other types if specified.
             * @param message Welcome
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.cluster.Welcome, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Welcome to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Welcome
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Welcome {

            /** Properties of a Welcome. */
            interface $Properties {

                /** Welcome cluster */
                cluster?: (string|null);

                /** Welcome member */
                member?: (string|null);

                /** Welcome protocolVersion */
                protocolVersion?: (number|null);

                /** Welcome minProtocolVersion */
                minProtocolVersion?: (number|null);

                /** Welcome incarnation */
                incarnation?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Welcome. */
            type $Shape = canopy.cluster.Welcome.$Properties;
        }

        /**
         * Properties of a Refuse.
         * @deprecated Use canopy.cluster.Refuse.$Properties instead.
         */
        interface IRefuse extends canopy.cluster.Refuse.$Properties {
        }

        /** Represents a Refuse. */
        class Refuse {

            /**
             * Constructs a new Refuse.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.cluster.Refuse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Refuse reason. */
            reason: canopy.cluster.Refuse.Reason;

            /** Refuse detail. */
            detail: string;

            /**
             * Creates a new Refuse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Refuse instance
             */
            static create(properties: canopy.cluster.Refuse.$Shape): canopy.cluster.Refuse & canopy.cluster.Refuse.$Shape;
            static create(properties?: canopy.cluster.Refuse.$Properties): canopy.cluster.Refuse;

            /**
             * Encodes the specified Refuse message. Does not implicitly {@link canopy.cluster.Refuse.verify|verify} messages.
             * @param message Refuse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.cluster.Refuse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Refuse message, length delimited. Does not implicitly {@link canopy.cluster.Refuse.verify|verify} messages.
             * @param message Refuse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.cluster.Refuse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Refuse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.cluster.Refuse & canopy.cluster.Refuse.$Shape} Refuse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.cluster.Refuse & canopy.cluster.Refuse.$Shape;

            /**
             * Decodes a Refuse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.cluster.Refuse & canopy.cluster.Refuse.$Shape} Refuse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.cluster.Refuse & canopy.cluster.Refuse.$Shape;

            /**
             * Verifies a Refuse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Refuse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Refuse
             */
            static fromObject(object: { [k: string]: any }): canopy.cluster.Refuse;

            /**
             * Creates a plain object from a Refuse message. Also converts values to other types if specified.
             * @param message Refuse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.cluster.Refuse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Refuse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Refuse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Refuse {

            /** Properties of a Refuse. */
            interface $Properties {

                /** Refuse reason */
                reason?: (canopy.cluster.Refuse.Reason|null);

                /** Refuse detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Refuse. */
            type $Shape = canopy.cluster.Refuse.$Properties;

            /** Reason enum. */
            enum Reason {

                /** REASON_UNSPECIFIED value */
                REASON_UNSPECIFIED = 0,

                /** CLUSTER_MISMATCH value */
                CLUSTER_MISMATCH = 1,

                /** UNKNOWN_MEMBER value */
                UNKNOWN_MEMBER = 2,

                /** WRONG_MEMBER value */
                WRONG_MEMBER = 3,

                /** VERSION_INCOMPATIBLE value */
                VERSION_INCOMPATIBLE = 4
            }
        }

        /**
         * Properties of a Message.
         * @deprecated Use canopy.cluster.Message.$Properties instead.
         */
        interface IMessage extends canopy.cluster.Message.$Properties {
        }

        /** Represents a Message. */
        class Message {

            /**
             * Constructs a new Message.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.cluster.Message.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Message subject. */
            subject: string;

            /** Message payload. */
            payload: Uint8Array;

            /**
             * Creates a new Message instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Message instance
             */
            static create(properties: canopy.cluster.Message.$Shape): canopy.cluster.Message & canopy.cluster.Message.$Shape;
            static create(properties?: canopy.cluster.Message.$Properties): canopy.cluster.Message;

            /**
             * Encodes the specified Message message. Does not implicitly {@link canopy.cluster.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.cluster.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Message message, length delimited. Does not implicitly {@link canopy.cluster.Message.verify|verify} messages.
             * @param message Message message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.cluster.Message.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Message message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.cluster.Message & canopy.cluster.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.cluster.Message & canopy.cluster.Message.$Shape;

            /**
             * Decodes a Message message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.cluster.Message & canopy.cluster.Message.$Shape} Message
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.cluster.Message & canopy.cluster.Message.$Shape;

            /**
             * Verifies a Message message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Message message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Message
             */
            static fromObject(object: { [k: string]: any }): canopy.cluster.Message;

            /**
             * Creates a plain object from a Message message. Also converts values to other types if specified.
             * @param message Message
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.cluster.Message, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Message to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Message
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Message {

            /** Properties of a Message. */
            interface $Properties {

                /** Message subject */
                subject?: (string|null);

                /** Message payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Message. */
            type $Shape = canopy.cluster.Message.$Properties;
        }

        /**
         * Properties of a Chunk.
         * @deprecated Use canopy.cluster.Chunk.$Properties instead.
         */
        interface IChunk extends canopy.cluster.Chunk.$Properties {
        }

        /** Represents a Chunk. */
        class Chunk {

            /**
             * Constructs a new Chunk.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.cluster.Chunk.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Chunk messageId. */
            messageId: (number|Long);

            /** Chunk subject. */
            subject: string;

            /** Chunk totalBytes. */
            totalBytes: (number|Long);

            /** Chunk data. */
            data: Uint8Array;

            /**
             * Creates a new Chunk instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Chunk instance
             */
            static create(properties: canopy.cluster.Chunk.$Shape): canopy.cluster.Chunk & canopy.cluster.Chunk.$Shape;
            static create(properties?: canopy.cluster.Chunk.$Properties): canopy.cluster.Chunk;

            /**
             * Encodes the specified Chunk message. Does not implicitly {@link canopy.cluster.Chunk.verify|verify} messages.
             * @param message Chunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.cluster.Chunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Chunk message, length delimited. Does not implicitly {@link canopy.cluster.Chunk.verify|verify} messages.
             * @param message Chunk message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.cluster.Chunk.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Chunk message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.cluster.Chunk & canopy.cluster.Chunk.$Shape} Chunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.cluster.Chunk & canopy.cluster.Chunk.$Shape;

            /**
             * Decodes a Chunk message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.cluster.Chunk & canopy.cluster.Chunk.$Shape} Chunk
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.cluster.Chunk & canopy.cluster.Chunk.$Shape;

            /**
             * Verifies a Chunk message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Chunk message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Chunk
             */
            static fromObject(object: { [k: string]: any }): canopy.cluster.Chunk;

            /**
             * Creates a plain object from a Chunk message. Also converts values to other types if specified.
             * @param message Chunk
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.cluster.Chunk, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Chunk to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Chunk
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Chunk {

            /** Properties of a Chunk. */
            interface $Properties {

                /** Chunk messageId */
                messageId?: (number|Long|null);

                /** Chunk subject */
                subject?: (string|null);

                /** Chunk totalBytes */
                totalBytes?: (number|Long|null);

                /** Chunk data */
                data?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Chunk. */
            type $Shape = canopy.cluster.Chunk.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use canopy.cluster.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends canopy.cluster.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.cluster.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: canopy.cluster.Heartbeat.$Shape): canopy.cluster.Heartbeat & canopy.cluster.Heartbeat.$Shape;
            static create(properties?: canopy.cluster.Heartbeat.$Properties): canopy.cluster.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link canopy.cluster.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.cluster.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link canopy.cluster.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.cluster.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.cluster.Heartbeat & canopy.cluster.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.cluster.Heartbeat & canopy.cluster.Heartbeat.$Shape;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.cluster.Heartbeat & canopy.cluster.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.cluster.Heartbeat & canopy.cluster.Heartbeat.$Shape;

            /**
             * Verifies a Heartbeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): canopy.cluster.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.cluster.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Heartbeat
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = canopy.cluster.Heartbeat.$Properties;
        }

        /**
         * Properties of a Frame.
         * @deprecated Use canopy.cluster.Frame.$Properties instead.
         */
        interface IFrame extends canopy.cluster.Frame.$Properties {
        }

        /** Represents a Frame. */
        class Frame {

            /**
             * Constructs a new Frame.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.cluster.Frame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Frame hello. */
            hello?: (canopy.cluster.Hello.$Properties|null);

            /** Frame welcome. */
            welcome?: (canopy.cluster.Welcome.$Properties|null);

            /** Frame refuse. */
            refuse?: (canopy.cluster.Refuse.$Properties|null);

            /** Frame message. */
            message?: (canopy.cluster.Message.$Properties|null);

            /** Frame chunk. */
            chunk?: (canopy.cluster.Chunk.$Properties|null);

            /** Frame heartbeat. */
            heartbeat?: (canopy.cluster.Heartbeat.$Properties|null);

            /** Frame body. */
            body?: ("hello"|"welcome"|"refuse"|"message"|"chunk"|"heartbeat");

            /**
             * Creates a new Frame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Frame instance
             */
            static create(properties: canopy.cluster.Frame.$Shape): canopy.cluster.Frame & canopy.cluster.Frame.$Shape;
            static create(properties?: canopy.cluster.Frame.$Properties): canopy.cluster.Frame;

            /**
             * Encodes the specified Frame message. Does not implicitly {@link canopy.cluster.Frame.verify|verify} messages.
             * @param message Frame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.cluster.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Frame message, length delimited. Does not implicitly {@link canopy.cluster.Frame.verify|verify} messages.
             * @param message Frame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.cluster.Frame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Frame message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.cluster.Frame & canopy.cluster.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.cluster.Frame & canopy.cluster.Frame.$Shape;

            /**
             * Decodes a Frame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.cluster.Frame & canopy.cluster.Frame.$Shape} Frame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.cluster.Frame & canopy.cluster.Frame.$Shape;

            /**
             * Verifies a Frame message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Frame message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Frame
             */
            static fromObject(object: { [k: string]: any }): canopy.cluster.Frame;

            /**
             * Creates a plain object from a Frame message. Also converts values to other types if specified.
             * @param message Frame
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.cluster.Frame, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Frame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Frame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Frame {

            /** Properties of a Frame. */
            interface $Properties {

                /** Frame hello */
                hello?: (canopy.cluster.Hello.$Properties|null);

                /** Frame welcome */
                welcome?: (canopy.cluster.Welcome.$Properties|null);

                /** Frame refuse */
                refuse?: (canopy.cluster.Refuse.$Properties|null);

                /** Frame message */
                message?: (canopy.cluster.Message.$Properties|null);

                /** Frame chunk */
                chunk?: (canopy.cluster.Chunk.$Properties|null);

                /** Frame heartbeat */
                heartbeat?: (canopy.cluster.Heartbeat.$Properties|null);

                /** Frame body */
                body?: ("hello"|"welcome"|"refuse"|"message"|"chunk"|"heartbeat");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Frame. */
            type $Shape = {
              hello?: canopy.cluster.Hello.$Shape|null;
              welcome?: canopy.cluster.Welcome.$Shape|null;
              refuse?: canopy.cluster.Refuse.$Shape|null;
              message?: canopy.cluster.Message.$Shape|null;
              chunk?: canopy.cluster.Chunk.$Shape|null;
              heartbeat?: canopy.cluster.Heartbeat.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; hello?: null; welcome?: null; refuse?: null; message?: null; chunk?: null; heartbeat?: null }|{ body?: "hello"; hello: canopy.cluster.Hello.$Shape; welcome?: null; refuse?: null; message?: null; chunk?: null; heartbeat?: null }|{ body?: "welcome"; hello?: null; welcome: canopy.cluster.Welcome.$Shape; refuse?: null; message?: null; chunk?: null; heartbeat?: null }|{ body?: "refuse"; hello?: null; welcome?: null; refuse: canopy.cluster.Refuse.$Shape; message?: null; chunk?: null; heartbeat?: null }|{ body?: "message"; hello?: null; welcome?: null; refuse?: null; message: canopy.cluster.Message.$Shape; chunk?: null; heartbeat?: null }|{ body?: "chunk"; hello?: null; welcome?: null; refuse?: null; message?: null; chunk: canopy.cluster.Chunk.$Shape; heartbeat?: null }|{ body?: "heartbeat"; hello?: null; welcome?: null; refuse?: null; message?: null; chunk?: null; heartbeat: canopy.cluster.Heartbeat.$Shape })
            );
        }
    }

    /** Namespace membership. */
    namespace membership {

        /**
         * Properties of a Heartbeat.
         * @deprecated Use canopy.membership.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends canopy.membership.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.membership.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Heartbeat incarnation. */
            incarnation: (number|Long);

            /** Heartbeat sequence. */
            sequence: (number|Long);

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: canopy.membership.Heartbeat.$Shape): canopy.membership.Heartbeat & canopy.membership.Heartbeat.$Shape;
            static create(properties?: canopy.membership.Heartbeat.$Properties): canopy.membership.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link canopy.membership.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.membership.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link canopy.membership.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.membership.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.membership.Heartbeat & canopy.membership.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.membership.Heartbeat & canopy.membership.Heartbeat.$Shape;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.membership.Heartbeat & canopy.membership.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.membership.Heartbeat & canopy.membership.Heartbeat.$Shape;

            /**
             * Verifies a Heartbeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): canopy.membership.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.membership.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Heartbeat
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Heartbeat incarnation */
                incarnation?: (number|Long|null);

                /** Heartbeat sequence */
                sequence?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = canopy.membership.Heartbeat.$Properties;
        }

        /**
         * Properties of a Leave.
         * @deprecated Use canopy.membership.Leave.$Properties instead.
         */
        interface ILeave extends canopy.membership.Leave.$Properties {
        }

        /** Represents a Leave. */
        class Leave {

            /**
             * Constructs a new Leave.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.membership.Leave.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Leave incarnation. */
            incarnation: (number|Long);

            /**
             * Creates a new Leave instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Leave instance
             */
            static create(properties: canopy.membership.Leave.$Shape): canopy.membership.Leave & canopy.membership.Leave.$Shape;
            static create(properties?: canopy.membership.Leave.$Properties): canopy.membership.Leave;

            /**
             * Encodes the specified Leave message. Does not implicitly {@link canopy.membership.Leave.verify|verify} messages.
             * @param message Leave message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.membership.Leave.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Leave message, length delimited. Does not implicitly {@link canopy.membership.Leave.verify|verify} messages.
             * @param message Leave message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.membership.Leave.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Leave message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.membership.Leave & canopy.membership.Leave.$Shape} Leave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.membership.Leave & canopy.membership.Leave.$Shape;

            /**
             * Decodes a Leave message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.membership.Leave & canopy.membership.Leave.$Shape} Leave
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.membership.Leave & canopy.membership.Leave.$Shape;

            /**
             * Verifies a Leave message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Leave message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Leave
             */
            static fromObject(object: { [k: string]: any }): canopy.membership.Leave;

            /**
             * Creates a plain object from a Leave message. Also converts values to other types if specified.
             * @param message Leave
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.membership.Leave, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Leave to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Leave
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Leave {

            /** Properties of a Leave. */
            interface $Properties {

                /** Leave incarnation */
                incarnation?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Leave. */
            type $Shape = canopy.membership.Leave.$Properties;
        }

        /**
         * Properties of a MembershipMessage.
         * @deprecated Use canopy.membership.MembershipMessage.$Properties instead.
         */
        interface IMembershipMessage extends canopy.membership.MembershipMessage.$Properties {
        }

        /** Represents a MembershipMessage. */
        class MembershipMessage {

            /**
             * Constructs a new MembershipMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.membership.MembershipMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MembershipMessage heartbeat. */
            heartbeat?: (canopy.membership.Heartbeat.$Properties|null);

            /** MembershipMessage leave. */
            leave?: (canopy.membership.Leave.$Properties|null);

            /** MembershipMessage body. */
            body?: ("heartbeat"|"leave");

            /**
             * Creates a new MembershipMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MembershipMessage instance
             */
            static create(properties: canopy.membership.MembershipMessage.$Shape): canopy.membership.MembershipMessage & canopy.membership.MembershipMessage.$Shape;
            static create(properties?: canopy.membership.MembershipMessage.$Properties): canopy.membership.MembershipMessage;

            /**
             * Encodes the specified MembershipMessage message. Does not implicitly {@link canopy.membership.MembershipMessage.verify|verify} messages.
             * @param message MembershipMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.membership.MembershipMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MembershipMessage message, length delimited. Does not implicitly {@link canopy.membership.MembershipMessage.verify|verify} messages.
             * @param message MembershipMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.membership.MembershipMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MembershipMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.membership.MembershipMessage & canopy.membership.MembershipMessage.$Shape} MembershipMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.membership.MembershipMessage & canopy.membership.MembershipMessage.$Shape;

            /**
             * Decodes a MembershipMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.membership.MembershipMessage & canopy.membership.MembershipMessage.$Shape} MembershipMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.membership.MembershipMessage & canopy.membership.MembershipMessage.$Shape;

            /**
             * Verifies a MembershipMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a MembershipMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns MembershipMessage
             */
            static fromObject(object: { [k: string]: any }): canopy.membership.MembershipMessage;

            /**
             * Creates a plain object from a MembershipMessage message. Also converts values to other types if specified.
             * @param message MembershipMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.membership.MembershipMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MembershipMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MembershipMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MembershipMessage {

            /** Properties of a MembershipMessage. */
            interface $Properties {

                /** MembershipMessage heartbeat */
                heartbeat?: (canopy.membership.Heartbeat.$Properties|null);

                /** MembershipMessage leave */
                leave?: (canopy.membership.Leave.$Properties|null);

                /** MembershipMessage body */
                body?: ("heartbeat"|"leave");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a MembershipMessage. */
            type $Shape = {
              heartbeat?: canopy.membership.Heartbeat.$Shape|null;
              leave?: canopy.membership.Leave.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; heartbeat?: null; leave?: null }|{ body?: "heartbeat"; heartbeat: canopy.membership.Heartbeat.$Shape; leave?: null }|{ body?: "leave"; heartbeat?: null; leave: canopy.membership.Leave.$Shape })
            );
        }
    }

    /** Namespace raft. */
    namespace raft {

        /**
         * Properties of a ConfChange.
         * @deprecated Use canopy.raft.ConfChange.$Properties instead.
         */
        interface IConfChange extends canopy.raft.ConfChange.$Properties {
        }

        /** Represents a ConfChange. */
        class ConfChange {

            /**
             * Constructs a new ConfChange.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.ConfChange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfChange type. */
            type: canopy.raft.ConfChange.Type;

            /** ConfChange node. */
            node: string;

            /**
             * Creates a new ConfChange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfChange instance
             */
            static create(properties: canopy.raft.ConfChange.$Shape): canopy.raft.ConfChange & canopy.raft.ConfChange.$Shape;
            static create(properties?: canopy.raft.ConfChange.$Properties): canopy.raft.ConfChange;

            /**
             * Encodes the specified ConfChange message. Does not implicitly {@link canopy.raft.ConfChange.verify|verify} messages.
             * @param message ConfChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.ConfChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConfChange message, length delimited. Does not implicitly {@link canopy.raft.ConfChange.verify|verify} messages.
             * @param message ConfChange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.ConfChange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfChange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.ConfChange & canopy.raft.ConfChange.$Shape} ConfChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.ConfChange & canopy.raft.ConfChange.$Shape;

            /**
             * Decodes a ConfChange message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.ConfChange & canopy.raft.ConfChange.$Shape} ConfChange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.ConfChange & canopy.raft.ConfChange.$Shape;

            /**
             * Verifies a ConfChange message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfChange message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfChange
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.ConfChange;

            /**
             * Creates a plain object from a ConfChange message. Also converts values to other types if specified.
             * @param message ConfChange
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.ConfChange, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfChange to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfChange
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfChange {

            /** Properties of a ConfChange. */
            interface $Properties {

                /** ConfChange type */
                type?: (canopy.raft.ConfChange.Type|null);

                /** ConfChange node */
                node?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfChange. */
            type $Shape = canopy.raft.ConfChange.$Properties;

            /** Type enum. */
            enum Type {

                /** TYPE_UNSPECIFIED value */
                TYPE_UNSPECIFIED = 0,

                /** ADD_VOTER value */
                ADD_VOTER = 1,

                /** ADD_LEARNER value */
                ADD_LEARNER = 2,

                /** REMOVE_NODE value */
                REMOVE_NODE = 3
            }
        }

        /**
         * Properties of a ConfState.
         * @deprecated Use canopy.raft.ConfState.$Properties instead.
         */
        interface IConfState extends canopy.raft.ConfState.$Properties {
        }

        /** Represents a ConfState. */
        class ConfState {

            /**
             * Constructs a new ConfState.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.ConfState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfState voters. */
            voters: string[];

            /** ConfState learners. */
            learners: string[];

            /**
             * Creates a new ConfState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfState instance
             */
            static create(properties: canopy.raft.ConfState.$Shape): canopy.raft.ConfState & canopy.raft.ConfState.$Shape;
            static create(properties?: canopy.raft.ConfState.$Properties): canopy.raft.ConfState;

            /**
             * Encodes the specified ConfState message. Does not implicitly {@link canopy.raft.ConfState.verify|verify} messages.
             * @param message ConfState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConfState message, length delimited. Does not implicitly {@link canopy.raft.ConfState.verify|verify} messages.
             * @param message ConfState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.ConfState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.ConfState & canopy.raft.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.ConfState & canopy.raft.ConfState.$Shape;

            /**
             * Decodes a ConfState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.ConfState & canopy.raft.ConfState.$Shape} ConfState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.ConfState & canopy.raft.ConfState.$Shape;

            /**
             * Verifies a ConfState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfState
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.ConfState;

            /**
             * Creates a plain object from a ConfState message. Also converts values to other types if specified.
             * @param message ConfState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.ConfState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfState {

            /** Properties of a ConfState. */
            interface $Properties {

                /** ConfState voters */
                voters?: (string[]|null);

                /** ConfState learners */
                learners?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfState. */
            type $Shape = canopy.raft.ConfState.$Properties;
        }

        /**
         * Properties of an Entry.
         * @deprecated Use canopy.raft.Entry.$Properties instead.
         */
        interface IEntry extends canopy.raft.Entry.$Properties {
        }

        /** Represents an Entry. */
        class Entry {

            /**
             * Constructs a new Entry.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.Entry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Entry term. */
            term: (number|Long);

            /** Entry index. */
            index: (number|Long);

            /** Entry data. */
            data?: (Uint8Array|null);

            /** Entry change. */
            change?: (canopy.raft.ConfChange.$Properties|null);

            /** Entry payload. */
            payload?: ("data"|"change");

            /**
             * Creates a new Entry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Entry instance
             */
            static create(properties: canopy.raft.Entry.$Shape): canopy.raft.Entry & canopy.raft.Entry.$Shape;
            static create(properties?: canopy.raft.Entry.$Properties): canopy.raft.Entry;

            /**
             * Encodes the specified Entry message. Does not implicitly {@link canopy.raft.Entry.verify|verify} messages.
             * @param message Entry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Entry message, length delimited. Does not implicitly {@link canopy.raft.Entry.verify|verify} messages.
             * @param message Entry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.Entry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Entry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.Entry & canopy.raft.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.Entry & canopy.raft.Entry.$Shape;

            /**
             * Decodes an Entry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.Entry & canopy.raft.Entry.$Shape} Entry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.Entry & canopy.raft.Entry.$Shape;

            /**
             * Verifies an Entry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Entry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Entry
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.Entry;

            /**
             * Creates a plain object from an Entry message. Also converts values to other types if specified.
             * @param message Entry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.Entry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Entry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Entry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Entry {

            /** Properties of an Entry. */
            interface $Properties {

                /** Entry term */
                term?: (number|Long|null);

                /** Entry index */
                index?: (number|Long|null);

                /** Entry data */
                data?: (Uint8Array|null);

                /** Entry change */
                change?: (canopy.raft.ConfChange.$Properties|null);

                /** Entry payload */
                payload?: ("data"|"change");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Entry. */
            type $Shape = {
              term?: number|Long|null;
              index?: number|Long|null;
              data?: Uint8Array|null;
              change?: canopy.raft.ConfChange.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ payload?: undefined; data?: null; change?: null }|{ payload?: "data"; data: Uint8Array; change?: null }|{ payload?: "change"; data?: null; change: canopy.raft.ConfChange.$Shape })
            );
        }

        /**
         * Properties of a HardState.
         * @deprecated Use canopy.raft.HardState.$Properties instead.
         */
        interface IHardState extends canopy.raft.HardState.$Properties {
        }

        /** Represents a HardState. */
        class HardState {

            /**
             * Constructs a new HardState.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.HardState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HardState term. */
            term: (number|Long);

            /** HardState vote. */
            vote: string;

            /** HardState commit. */
            commit: (number|Long);

            /**
             * Creates a new HardState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HardState instance
             */
            static create(properties: canopy.raft.HardState.$Shape): canopy.raft.HardState & canopy.raft.HardState.$Shape;
            static create(properties?: canopy.raft.HardState.$Properties): canopy.raft.HardState;

            /**
             * Encodes the specified HardState message. Does not implicitly {@link canopy.raft.HardState.verify|verify} messages.
             * @param message HardState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.HardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HardState message, length delimited. Does not implicitly {@link canopy.raft.HardState.verify|verify} messages.
             * @param message HardState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.HardState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HardState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.HardState & canopy.raft.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.HardState & canopy.raft.HardState.$Shape;

            /**
             * Decodes a HardState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.HardState & canopy.raft.HardState.$Shape} HardState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.HardState & canopy.raft.HardState.$Shape;

            /**
             * Verifies a HardState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HardState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HardState
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.HardState;

            /**
             * Creates a plain object from a HardState message. Also converts values to other types if specified.
             * @param message HardState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.HardState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HardState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HardState
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HardState {

            /** Properties of a HardState. */
            interface $Properties {

                /** HardState term */
                term?: (number|Long|null);

                /** HardState vote */
                vote?: (string|null);

                /** HardState commit */
                commit?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HardState. */
            type $Shape = canopy.raft.HardState.$Properties;
        }

        /**
         * Properties of a SnapshotMeta.
         * @deprecated Use canopy.raft.SnapshotMeta.$Properties instead.
         */
        interface ISnapshotMeta extends canopy.raft.SnapshotMeta.$Properties {
        }

        /** Represents a SnapshotMeta. */
        class SnapshotMeta {

            /**
             * Constructs a new SnapshotMeta.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.SnapshotMeta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotMeta index. */
            index: (number|Long);

            /** SnapshotMeta term. */
            term: (number|Long);

            /** SnapshotMeta confState. */
            confState?: (canopy.raft.ConfState.$Properties|null);

            /**
             * Creates a new SnapshotMeta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotMeta instance
             */
            static create(properties: canopy.raft.SnapshotMeta.$Shape): canopy.raft.SnapshotMeta & canopy.raft.SnapshotMeta.$Shape;
            static create(properties?: canopy.raft.SnapshotMeta.$Properties): canopy.raft.SnapshotMeta;

            /**
             * Encodes the specified SnapshotMeta message. Does not implicitly {@link canopy.raft.SnapshotMeta.verify|verify} messages.
             * @param message SnapshotMeta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.SnapshotMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SnapshotMeta message, length delimited. Does not implicitly {@link canopy.raft.SnapshotMeta.verify|verify} messages.
             * @param message SnapshotMeta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.SnapshotMeta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotMeta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.SnapshotMeta & canopy.raft.SnapshotMeta.$Shape} SnapshotMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.SnapshotMeta & canopy.raft.SnapshotMeta.$Shape;

            /**
             * Decodes a SnapshotMeta message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.SnapshotMeta & canopy.raft.SnapshotMeta.$Shape} SnapshotMeta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.SnapshotMeta & canopy.raft.SnapshotMeta.$Shape;

            /**
             * Verifies a SnapshotMeta message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SnapshotMeta message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotMeta
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.SnapshotMeta;

            /**
             * Creates a plain object from a SnapshotMeta message. Also converts values to other types if specified.
             * @param message SnapshotMeta
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.SnapshotMeta, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotMeta to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotMeta
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotMeta {

            /** Properties of a SnapshotMeta. */
            interface $Properties {

                /** SnapshotMeta index */
                index?: (number|Long|null);

                /** SnapshotMeta term */
                term?: (number|Long|null);

                /** SnapshotMeta confState */
                confState?: (canopy.raft.ConfState.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotMeta. */
            type $Shape = canopy.raft.SnapshotMeta.$Properties;
        }

        /**
         * Properties of a SnapshotManifest.
         * @deprecated Use canopy.raft.SnapshotManifest.$Properties instead.
         */
        interface ISnapshotManifest extends canopy.raft.SnapshotManifest.$Properties {
        }

        /** Represents a SnapshotManifest. */
        class SnapshotManifest {

            /**
             * Constructs a new SnapshotManifest.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.SnapshotManifest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SnapshotManifest meta. */
            meta?: (canopy.raft.SnapshotMeta.$Properties|null);

            /** SnapshotManifest dataBytes. */
            dataBytes: (number|Long);

            /** SnapshotManifest chunkCount. */
            chunkCount: number;

            /** SnapshotManifest dataCrc. */
            dataCrc: number;

            /**
             * Creates a new SnapshotManifest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SnapshotManifest instance
             */
            static create(properties: canopy.raft.SnapshotManifest.$Shape): canopy.raft.SnapshotManifest & canopy.raft.SnapshotManifest.$Shape;
            static create(properties?: canopy.raft.SnapshotManifest.$Properties): canopy.raft.SnapshotManifest;

            /**
             * Encodes the specified SnapshotManifest message. Does not implicitly {@link canopy.raft.SnapshotManifest.verify|verify} messages.
             * @param message SnapshotManifest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.SnapshotManifest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SnapshotManifest message, length delimited. Does not implicitly {@link canopy.raft.SnapshotManifest.verify|verify} messages.
             * @param message SnapshotManifest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.SnapshotManifest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SnapshotManifest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.SnapshotManifest & canopy.raft.SnapshotManifest.$Shape} SnapshotManifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.SnapshotManifest & canopy.raft.SnapshotManifest.$Shape;

            /**
             * Decodes a SnapshotManifest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.SnapshotManifest & canopy.raft.SnapshotManifest.$Shape} SnapshotManifest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.SnapshotManifest & canopy.raft.SnapshotManifest.$Shape;

            /**
             * Verifies a SnapshotManifest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SnapshotManifest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SnapshotManifest
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.SnapshotManifest;

            /**
             * Creates a plain object from a SnapshotManifest message. Also converts values to other types if specified.
             * @param message SnapshotManifest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.SnapshotManifest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SnapshotManifest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SnapshotManifest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SnapshotManifest {

            /** Properties of a SnapshotManifest. */
            interface $Properties {

                /** SnapshotManifest meta */
                meta?: (canopy.raft.SnapshotMeta.$Properties|null);

                /** SnapshotManifest dataBytes */
                dataBytes?: (number|Long|null);

                /** SnapshotManifest chunkCount */
                chunkCount?: (number|null);

                /** SnapshotManifest dataCrc */
                dataCrc?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SnapshotManifest. */
            type $Shape = canopy.raft.SnapshotManifest.$Properties;
        }

        /**
         * Properties of an AppendEntries.
         * @deprecated Use canopy.raft.AppendEntries.$Properties instead.
         */
        interface IAppendEntries extends canopy.raft.AppendEntries.$Properties {
        }

        /** Represents an AppendEntries. */
        class AppendEntries {

            /**
             * Constructs a new AppendEntries.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.AppendEntries.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AppendEntries prevLogIndex. */
            prevLogIndex: (number|Long);

            /** AppendEntries prevLogTerm. */
            prevLogTerm: (number|Long);

            /** AppendEntries entries. */
            entries: canopy.raft.Entry.$Properties[];

            /** AppendEntries leaderCommit. */
            leaderCommit: (number|Long);

            /**
             * Creates a new AppendEntries instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AppendEntries instance
             */
            static create(properties: canopy.raft.AppendEntries.$Shape): canopy.raft.AppendEntries & canopy.raft.AppendEntries.$Shape;
            static create(properties?: canopy.raft.AppendEntries.$Properties): canopy.raft.AppendEntries;

            /**
             * Encodes the specified AppendEntries message. Does not implicitly {@link canopy.raft.AppendEntries.verify|verify} messages.
             * @param message AppendEntries message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.AppendEntries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AppendEntries message, length delimited. Does not implicitly {@link canopy.raft.AppendEntries.verify|verify} messages.
             * @param message AppendEntries message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.AppendEntries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AppendEntries message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.AppendEntries & canopy.raft.AppendEntries.$Shape} AppendEntries
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.AppendEntries & canopy.raft.AppendEntries.$Shape;

            /**
             * Decodes an AppendEntries message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.AppendEntries & canopy.raft.AppendEntries.$Shape} AppendEntries
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.AppendEntries & canopy.raft.AppendEntries.$Shape;

            /**
             * Verifies an AppendEntries message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AppendEntries message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AppendEntries
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.AppendEntries;

            /**
             * Creates a plain object from an AppendEntries message. Also converts values to other types if specified.
             * @param message AppendEntries
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.AppendEntries, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AppendEntries to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AppendEntries
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AppendEntries {

            /** Properties of an AppendEntries. */
            interface $Properties {

                /** AppendEntries prevLogIndex */
                prevLogIndex?: (number|Long|null);

                /** AppendEntries prevLogTerm */
                prevLogTerm?: (number|Long|null);

                /** AppendEntries entries */
                entries?: (canopy.raft.Entry.$Properties[]|null);

                /** AppendEntries leaderCommit */
                leaderCommit?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AppendEntries. */
            type $Shape = {
              prevLogIndex?: number|Long|null;
              prevLogTerm?: number|Long|null;
              entries?: canopy.raft.Entry.$Shape[]|null;
              leaderCommit?: number|Long|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of an AppendEntriesResponse.
         * @deprecated Use canopy.raft.AppendEntriesResponse.$Properties instead.
         */
        interface IAppendEntriesResponse extends canopy.raft.AppendEntriesResponse.$Properties {
        }

        /** Represents an AppendEntriesResponse. */
        class AppendEntriesResponse {

            /**
             * Constructs a new AppendEntriesResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.AppendEntriesResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AppendEntriesResponse success. */
            success: boolean;

            /** AppendEntriesResponse index. */
            index: (number|Long);

            /** AppendEntriesResponse rejectHint. */
            rejectHint: (number|Long);

            /** AppendEntriesResponse rejectTerm. */
            rejectTerm: (number|Long);

            /**
             * Creates a new AppendEntriesResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AppendEntriesResponse instance
             */
            static create(properties: canopy.raft.AppendEntriesResponse.$Shape): canopy.raft.AppendEntriesResponse & canopy.raft.AppendEntriesResponse.$Shape;
            static create(properties?: canopy.raft.AppendEntriesResponse.$Properties): canopy.raft.AppendEntriesResponse;

            /**
             * Encodes the specified AppendEntriesResponse message. Does not implicitly {@link canopy.raft.AppendEntriesResponse.verify|verify} messages.
             * @param message AppendEntriesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.AppendEntriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AppendEntriesResponse message, length delimited. Does not implicitly {@link canopy.raft.AppendEntriesResponse.verify|verify} messages.
             * @param message AppendEntriesResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.AppendEntriesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AppendEntriesResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.AppendEntriesResponse & canopy.raft.AppendEntriesResponse.$Shape} AppendEntriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.AppendEntriesResponse & canopy.raft.AppendEntriesResponse.$Shape;

            /**
             * Decodes an AppendEntriesResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.AppendEntriesResponse & canopy.raft.AppendEntriesResponse.$Shape} AppendEntriesResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.AppendEntriesResponse & canopy.raft.AppendEntriesResponse.$Shape;

            /**
             * Verifies an AppendEntriesResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AppendEntriesResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AppendEntriesResponse
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.AppendEntriesResponse;

            /**
             * Creates a plain object from an AppendEntriesResponse message. Also converts values to other types if specified.
             * @param message AppendEntriesResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.AppendEntriesResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AppendEntriesResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AppendEntriesResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AppendEntriesResponse {

            /** Properties of an AppendEntriesResponse. */
            interface $Properties {

                /** AppendEntriesResponse success */
                success?: (boolean|null);

                /** AppendEntriesResponse index */
                index?: (number|Long|null);

                /** AppendEntriesResponse rejectHint */
                rejectHint?: (number|Long|null);

                /** AppendEntriesResponse rejectTerm */
                rejectTerm?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AppendEntriesResponse. */
            type $Shape = canopy.raft.AppendEntriesResponse.$Properties;
        }

        /**
         * Properties of a RequestVote.
         * @deprecated Use canopy.raft.RequestVote.$Properties instead.
         */
        interface IRequestVote extends canopy.raft.RequestVote.$Properties {
        }

        /** Represents a RequestVote. */
        class RequestVote {

            /**
             * Constructs a new RequestVote.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.RequestVote.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RequestVote preVote. */
            preVote: boolean;

            /** RequestVote lastLogIndex. */
            lastLogIndex: (number|Long);

            /** RequestVote lastLogTerm. */
            lastLogTerm: (number|Long);

            /** RequestVote transfer. */
            transfer: boolean;

            /**
             * Creates a new RequestVote instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequestVote instance
             */
            static create(properties: canopy.raft.RequestVote.$Shape): canopy.raft.RequestVote & canopy.raft.RequestVote.$Shape;
            static create(properties?: canopy.raft.RequestVote.$Properties): canopy.raft.RequestVote;

            /**
             * Encodes the specified RequestVote message. Does not implicitly {@link canopy.raft.RequestVote.verify|verify} messages.
             * @param message RequestVote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.RequestVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RequestVote message, length delimited. Does not implicitly {@link canopy.raft.RequestVote.verify|verify} messages.
             * @param message RequestVote message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.RequestVote.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequestVote message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.RequestVote & canopy.raft.RequestVote.$Shape} RequestVote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.RequestVote & canopy.raft.RequestVote.$Shape;

            /**
             * Decodes a RequestVote message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.RequestVote & canopy.raft.RequestVote.$Shape} RequestVote
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.RequestVote & canopy.raft.RequestVote.$Shape;

            /**
             * Verifies a RequestVote message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RequestVote message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RequestVote
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.RequestVote;

            /**
             * Creates a plain object from a RequestVote message. Also converts values to other types if specified.
             * @param message RequestVote
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.RequestVote, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequestVote to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RequestVote
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestVote {

            /** Properties of a RequestVote. */
            interface $Properties {

                /** RequestVote preVote */
                preVote?: (boolean|null);

                /** RequestVote lastLogIndex */
                lastLogIndex?: (number|Long|null);

                /** RequestVote lastLogTerm */
                lastLogTerm?: (number|Long|null);

                /** RequestVote transfer */
                transfer?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequestVote. */
            type $Shape = canopy.raft.RequestVote.$Properties;
        }

        /**
         * Properties of a RequestVoteResponse.
         * @deprecated Use canopy.raft.RequestVoteResponse.$Properties instead.
         */
        interface IRequestVoteResponse extends canopy.raft.RequestVoteResponse.$Properties {
        }

        /** Represents a RequestVoteResponse. */
        class RequestVoteResponse {

            /**
             * Constructs a new RequestVoteResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.RequestVoteResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RequestVoteResponse preVote. */
            preVote: boolean;

            /** RequestVoteResponse granted. */
            granted: boolean;

            /**
             * Creates a new RequestVoteResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RequestVoteResponse instance
             */
            static create(properties: canopy.raft.RequestVoteResponse.$Shape): canopy.raft.RequestVoteResponse & canopy.raft.RequestVoteResponse.$Shape;
            static create(properties?: canopy.raft.RequestVoteResponse.$Properties): canopy.raft.RequestVoteResponse;

            /**
             * Encodes the specified RequestVoteResponse message. Does not implicitly {@link canopy.raft.RequestVoteResponse.verify|verify} messages.
             * @param message RequestVoteResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.RequestVoteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RequestVoteResponse message, length delimited. Does not implicitly {@link canopy.raft.RequestVoteResponse.verify|verify} messages.
             * @param message RequestVoteResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.RequestVoteResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RequestVoteResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.RequestVoteResponse & canopy.raft.RequestVoteResponse.$Shape} RequestVoteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.RequestVoteResponse & canopy.raft.RequestVoteResponse.$Shape;

            /**
             * Decodes a RequestVoteResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.RequestVoteResponse & canopy.raft.RequestVoteResponse.$Shape} RequestVoteResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.RequestVoteResponse & canopy.raft.RequestVoteResponse.$Shape;

            /**
             * Verifies a RequestVoteResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RequestVoteResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RequestVoteResponse
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.RequestVoteResponse;

            /**
             * Creates a plain object from a RequestVoteResponse message. Also converts values to other types if specified.
             * @param message RequestVoteResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.RequestVoteResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RequestVoteResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RequestVoteResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RequestVoteResponse {

            /** Properties of a RequestVoteResponse. */
            interface $Properties {

                /** RequestVoteResponse preVote */
                preVote?: (boolean|null);

                /** RequestVoteResponse granted */
                granted?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RequestVoteResponse. */
            type $Shape = canopy.raft.RequestVoteResponse.$Properties;
        }

        /**
         * Properties of a Heartbeat.
         * @deprecated Use canopy.raft.Heartbeat.$Properties instead.
         */
        interface IHeartbeat extends canopy.raft.Heartbeat.$Properties {
        }

        /** Represents a Heartbeat. */
        class Heartbeat {

            /**
             * Constructs a new Heartbeat.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.Heartbeat.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Heartbeat commit. */
            commit: (number|Long);

            /** Heartbeat context. */
            context: string;

            /**
             * Creates a new Heartbeat instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Heartbeat instance
             */
            static create(properties: canopy.raft.Heartbeat.$Shape): canopy.raft.Heartbeat & canopy.raft.Heartbeat.$Shape;
            static create(properties?: canopy.raft.Heartbeat.$Properties): canopy.raft.Heartbeat;

            /**
             * Encodes the specified Heartbeat message. Does not implicitly {@link canopy.raft.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Heartbeat message, length delimited. Does not implicitly {@link canopy.raft.Heartbeat.verify|verify} messages.
             * @param message Heartbeat message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.Heartbeat.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.Heartbeat & canopy.raft.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.Heartbeat & canopy.raft.Heartbeat.$Shape;

            /**
             * Decodes a Heartbeat message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.Heartbeat & canopy.raft.Heartbeat.$Shape} Heartbeat
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.Heartbeat & canopy.raft.Heartbeat.$Shape;

            /**
             * Verifies a Heartbeat message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Heartbeat message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Heartbeat
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.Heartbeat;

            /**
             * Creates a plain object from a Heartbeat message. Also converts values to other types if specified.
             * @param message Heartbeat
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.Heartbeat, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Heartbeat to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Heartbeat
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Heartbeat {

            /** Properties of a Heartbeat. */
            interface $Properties {

                /** Heartbeat commit */
                commit?: (number|Long|null);

                /** Heartbeat context */
                context?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Heartbeat. */
            type $Shape = canopy.raft.Heartbeat.$Properties;
        }

        /**
         * Properties of a HeartbeatResponse.
         * @deprecated Use canopy.raft.HeartbeatResponse.$Properties instead.
         */
        interface IHeartbeatResponse extends canopy.raft.HeartbeatResponse.$Properties {
        }

        /** Represents a HeartbeatResponse. */
        class HeartbeatResponse {

            /**
             * Constructs a new HeartbeatResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.HeartbeatResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** HeartbeatResponse context. */
            context: string;

            /**
             * Creates a new HeartbeatResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns HeartbeatResponse instance
             */
            static create(properties: canopy.raft.HeartbeatResponse.$Shape): canopy.raft.HeartbeatResponse & canopy.raft.HeartbeatResponse.$Shape;
            static create(properties?: canopy.raft.HeartbeatResponse.$Properties): canopy.raft.HeartbeatResponse;

            /**
             * Encodes the specified HeartbeatResponse message. Does not implicitly {@link canopy.raft.HeartbeatResponse.verify|verify} messages.
             * @param message HeartbeatResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.HeartbeatResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified HeartbeatResponse message, length delimited. Does not implicitly {@link canopy.raft.HeartbeatResponse.verify|verify} messages.
             * @param message HeartbeatResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.HeartbeatResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a HeartbeatResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.HeartbeatResponse & canopy.raft.HeartbeatResponse.$Shape} HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.HeartbeatResponse & canopy.raft.HeartbeatResponse.$Shape;

            /**
             * Decodes a HeartbeatResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.HeartbeatResponse & canopy.raft.HeartbeatResponse.$Shape} HeartbeatResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.HeartbeatResponse & canopy.raft.HeartbeatResponse.$Shape;

            /**
             * Verifies a HeartbeatResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a HeartbeatResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns HeartbeatResponse
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.HeartbeatResponse;

            /**
             * Creates a plain object from a HeartbeatResponse message. Also converts values to other types if specified.
             * @param message HeartbeatResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.HeartbeatResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this HeartbeatResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for HeartbeatResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace HeartbeatResponse {

            /** Properties of a HeartbeatResponse. */
            interface $Properties {

                /** HeartbeatResponse context */
                context?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a HeartbeatResponse. */
            type $Shape = canopy.raft.HeartbeatResponse.$Properties;
        }

        /**
         * Properties of an InstallSnapshot.
         * @deprecated Use canopy.raft.InstallSnapshot.$Properties instead.
         */
        interface IInstallSnapshot extends canopy.raft.InstallSnapshot.$Properties {
        }

        /** Represents an InstallSnapshot. */
        class InstallSnapshot {

            /**
             * Constructs a new InstallSnapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.InstallSnapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InstallSnapshot meta. */
            meta?: (canopy.raft.SnapshotMeta.$Properties|null);

            /** InstallSnapshot offset. */
            offset: (number|Long);

            /** InstallSnapshot chunk. */
            chunk: Uint8Array;

            /** InstallSnapshot done. */
            done: boolean;

            /** InstallSnapshot totalBytes. */
            totalBytes: (number|Long);

            /** InstallSnapshot checksum. */
            checksum: number;

            /**
             * Creates a new InstallSnapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InstallSnapshot instance
             */
            static create(properties: canopy.raft.InstallSnapshot.$Shape): canopy.raft.InstallSnapshot & canopy.raft.InstallSnapshot.$Shape;
            static create(properties?: canopy.raft.InstallSnapshot.$Properties): canopy.raft.InstallSnapshot;

            /**
             * Encodes the specified InstallSnapshot message. Does not implicitly {@link canopy.raft.InstallSnapshot.verify|verify} messages.
             * @param message InstallSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.InstallSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InstallSnapshot message, length delimited. Does not implicitly {@link canopy.raft.InstallSnapshot.verify|verify} messages.
             * @param message InstallSnapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.InstallSnapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InstallSnapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.InstallSnapshot & canopy.raft.InstallSnapshot.$Shape} InstallSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.InstallSnapshot & canopy.raft.InstallSnapshot.$Shape;

            /**
             * Decodes an InstallSnapshot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.InstallSnapshot & canopy.raft.InstallSnapshot.$Shape} InstallSnapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.InstallSnapshot & canopy.raft.InstallSnapshot.$Shape;

            /**
             * Verifies an InstallSnapshot message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InstallSnapshot message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InstallSnapshot
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.InstallSnapshot;

            /**
             * Creates a plain object from an InstallSnapshot message. Also converts values to other types if specified.
             * @param message InstallSnapshot
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.InstallSnapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InstallSnapshot to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InstallSnapshot
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InstallSnapshot {

            /** Properties of an InstallSnapshot. */
            interface $Properties {

                /** InstallSnapshot meta */
                meta?: (canopy.raft.SnapshotMeta.$Properties|null);

                /** InstallSnapshot offset */
                offset?: (number|Long|null);

                /** InstallSnapshot chunk */
                chunk?: (Uint8Array|null);

                /** InstallSnapshot done */
                done?: (boolean|null);

                /** InstallSnapshot totalBytes */
                totalBytes?: (number|Long|null);

                /** InstallSnapshot checksum */
                checksum?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InstallSnapshot. */
            type $Shape = canopy.raft.InstallSnapshot.$Properties;
        }

        /**
         * Properties of an InstallSnapshotResponse.
         * @deprecated Use canopy.raft.InstallSnapshotResponse.$Properties instead.
         */
        interface IInstallSnapshotResponse extends canopy.raft.InstallSnapshotResponse.$Properties {
        }

        /** Represents an InstallSnapshotResponse. */
        class InstallSnapshotResponse {

            /**
             * Constructs a new InstallSnapshotResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.InstallSnapshotResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InstallSnapshotResponse offset. */
            offset: (number|Long);

            /** InstallSnapshotResponse index. */
            index: (number|Long);

            /** InstallSnapshotResponse done. */
            done: boolean;

            /** InstallSnapshotResponse reject. */
            reject: boolean;

            /**
             * Creates a new InstallSnapshotResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InstallSnapshotResponse instance
             */
            static create(properties: canopy.raft.InstallSnapshotResponse.$Shape): canopy.raft.InstallSnapshotResponse & canopy.raft.InstallSnapshotResponse.$Shape;
            static create(properties?: canopy.raft.InstallSnapshotResponse.$Properties): canopy.raft.InstallSnapshotResponse;

            /**
             * Encodes the specified InstallSnapshotResponse message. Does not implicitly {@link canopy.raft.InstallSnapshotResponse.verify|verify} messages.
             * @param message InstallSnapshotResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.InstallSnapshotResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InstallSnapshotResponse message, length delimited. Does not implicitly {@link canopy.raft.InstallSnapshotResponse.verify|verify} messages.
             * @param message InstallSnapshotResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.InstallSnapshotResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InstallSnapshotResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.InstallSnapshotResponse & canopy.raft.InstallSnapshotResponse.$Shape} InstallSnapshotResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.InstallSnapshotResponse & canopy.raft.InstallSnapshotResponse.$Shape;

            /**
             * Decodes an InstallSnapshotResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.InstallSnapshotResponse & canopy.raft.InstallSnapshotResponse.$Shape} InstallSnapshotResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.InstallSnapshotResponse & canopy.raft.InstallSnapshotResponse.$Shape;

            /**
             * Verifies an InstallSnapshotResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an InstallSnapshotResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns InstallSnapshotResponse
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.InstallSnapshotResponse;

            /**
             * Creates a plain object from an InstallSnapshotResponse message. Also converts values to other types if specified.
             * @param message InstallSnapshotResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.InstallSnapshotResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InstallSnapshotResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InstallSnapshotResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InstallSnapshotResponse {

            /** Properties of an InstallSnapshotResponse. */
            interface $Properties {

                /** InstallSnapshotResponse offset */
                offset?: (number|Long|null);

                /** InstallSnapshotResponse index */
                index?: (number|Long|null);

                /** InstallSnapshotResponse done */
                done?: (boolean|null);

                /** InstallSnapshotResponse reject */
                reject?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InstallSnapshotResponse. */
            type $Shape = canopy.raft.InstallSnapshotResponse.$Properties;
        }

        /**
         * Properties of a TimeoutNow.
         * @deprecated Use canopy.raft.TimeoutNow.$Properties instead.
         */
        interface ITimeoutNow extends canopy.raft.TimeoutNow.$Properties {
        }

        /** Represents a TimeoutNow. */
        class TimeoutNow {

            /**
             * Constructs a new TimeoutNow.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.TimeoutNow.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new TimeoutNow instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TimeoutNow instance
             */
            static create(properties: canopy.raft.TimeoutNow.$Shape): canopy.raft.TimeoutNow & canopy.raft.TimeoutNow.$Shape;
            static create(properties?: canopy.raft.TimeoutNow.$Properties): canopy.raft.TimeoutNow;

            /**
             * Encodes the specified TimeoutNow message. Does not implicitly {@link canopy.raft.TimeoutNow.verify|verify} messages.
             * @param message TimeoutNow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.TimeoutNow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TimeoutNow message, length delimited. Does not implicitly {@link canopy.raft.TimeoutNow.verify|verify} messages.
             * @param message TimeoutNow message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.TimeoutNow.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TimeoutNow message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.TimeoutNow & canopy.raft.TimeoutNow.$Shape} TimeoutNow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.TimeoutNow & canopy.raft.TimeoutNow.$Shape;

            /**
             * Decodes a TimeoutNow message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.TimeoutNow & canopy.raft.TimeoutNow.$Shape} TimeoutNow
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.TimeoutNow & canopy.raft.TimeoutNow.$Shape;

            /**
             * Verifies a TimeoutNow message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TimeoutNow message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TimeoutNow
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.TimeoutNow;

            /**
             * Creates a plain object from a TimeoutNow message. Also converts values to other types if specified.
             * @param message TimeoutNow
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.TimeoutNow, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TimeoutNow to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TimeoutNow
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TimeoutNow {

            /** Properties of a TimeoutNow. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TimeoutNow. */
            type $Shape = canopy.raft.TimeoutNow.$Properties;
        }

        /**
         * Properties of a ReadIndex.
         * @deprecated Use canopy.raft.ReadIndex.$Properties instead.
         */
        interface IReadIndex extends canopy.raft.ReadIndex.$Properties {
        }

        /** Represents a ReadIndex. */
        class ReadIndex {

            /**
             * Constructs a new ReadIndex.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.ReadIndex.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadIndex requestId. */
            requestId: string;

            /**
             * Creates a new ReadIndex instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadIndex instance
             */
            static create(properties: canopy.raft.ReadIndex.$Shape): canopy.raft.ReadIndex & canopy.raft.ReadIndex.$Shape;
            static create(properties?: canopy.raft.ReadIndex.$Properties): canopy.raft.ReadIndex;

            /**
             * Encodes the specified ReadIndex message. Does not implicitly {@link canopy.raft.ReadIndex.verify|verify} messages.
             * @param message ReadIndex message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.ReadIndex.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReadIndex message, length delimited. Does not implicitly {@link canopy.raft.ReadIndex.verify|verify} messages.
             * @param message ReadIndex message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.ReadIndex.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadIndex message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.ReadIndex & canopy.raft.ReadIndex.$Shape} ReadIndex
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.ReadIndex & canopy.raft.ReadIndex.$Shape;

            /**
             * Decodes a ReadIndex message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.ReadIndex & canopy.raft.ReadIndex.$Shape} ReadIndex
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.ReadIndex & canopy.raft.ReadIndex.$Shape;

            /**
             * Verifies a ReadIndex message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReadIndex message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadIndex
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.ReadIndex;

            /**
             * Creates a plain object from a ReadIndex message. Also converts values to other types if specified.
             * @param message ReadIndex
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.ReadIndex, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadIndex to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadIndex
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadIndex {

            /** Properties of a ReadIndex. */
            interface $Properties {

                /** ReadIndex requestId */
                requestId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadIndex. */
            type $Shape = canopy.raft.ReadIndex.$Properties;
        }

        /**
         * Properties of a ReadIndexResponse.
         * @deprecated Use canopy.raft.ReadIndexResponse.$Properties instead.
         */
        interface IReadIndexResponse extends canopy.raft.ReadIndexResponse.$Properties {
        }

        /** Represents a ReadIndexResponse. */
        class ReadIndexResponse {

            /**
             * Constructs a new ReadIndexResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.ReadIndexResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadIndexResponse requestId. */
            requestId: string;

            /** ReadIndexResponse index. */
            index: (number|Long);

            /**
             * Creates a new ReadIndexResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadIndexResponse instance
             */
            static create(properties: canopy.raft.ReadIndexResponse.$Shape): canopy.raft.ReadIndexResponse & canopy.raft.ReadIndexResponse.$Shape;
            static create(properties?: canopy.raft.ReadIndexResponse.$Properties): canopy.raft.ReadIndexResponse;

            /**
             * Encodes the specified ReadIndexResponse message. Does not implicitly {@link canopy.raft.ReadIndexResponse.verify|verify} messages.
             * @param message ReadIndexResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.ReadIndexResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReadIndexResponse message, length delimited. Does not implicitly {@link canopy.raft.ReadIndexResponse.verify|verify} messages.
             * @param message ReadIndexResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.ReadIndexResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadIndexResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.ReadIndexResponse & canopy.raft.ReadIndexResponse.$Shape} ReadIndexResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.ReadIndexResponse & canopy.raft.ReadIndexResponse.$Shape;

            /**
             * Decodes a ReadIndexResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.ReadIndexResponse & canopy.raft.ReadIndexResponse.$Shape} ReadIndexResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.ReadIndexResponse & canopy.raft.ReadIndexResponse.$Shape;

            /**
             * Verifies a ReadIndexResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReadIndexResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadIndexResponse
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.ReadIndexResponse;

            /**
             * Creates a plain object from a ReadIndexResponse message. Also converts values to other types if specified.
             * @param message ReadIndexResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.ReadIndexResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadIndexResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadIndexResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadIndexResponse {

            /** Properties of a ReadIndexResponse. */
            interface $Properties {

                /** ReadIndexResponse requestId */
                requestId?: (string|null);

                /** ReadIndexResponse index */
                index?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadIndexResponse. */
            type $Shape = canopy.raft.ReadIndexResponse.$Properties;
        }

        /**
         * Properties of a RaftMessage.
         * @deprecated Use canopy.raft.RaftMessage.$Properties instead.
         */
        interface IRaftMessage extends canopy.raft.RaftMessage.$Properties {
        }

        /** Represents a RaftMessage. */
        class RaftMessage {

            /**
             * Constructs a new RaftMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.raft.RaftMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RaftMessage from. */
            from: string;

            /** RaftMessage to. */
            to: string;

            /** RaftMessage term. */
            term: (number|Long);

            /** RaftMessage appendEntries. */
            appendEntries?: (canopy.raft.AppendEntries.$Properties|null);

            /** RaftMessage appendEntriesResponse. */
            appendEntriesResponse?: (canopy.raft.AppendEntriesResponse.$Properties|null);

            /** RaftMessage requestVote. */
            requestVote?: (canopy.raft.RequestVote.$Properties|null);

            /** RaftMessage requestVoteResponse. */
            requestVoteResponse?: (canopy.raft.RequestVoteResponse.$Properties|null);

            /** RaftMessage heartbeat. */
            heartbeat?: (canopy.raft.Heartbeat.$Properties|null);

            /** RaftMessage heartbeatResponse. */
            heartbeatResponse?: (canopy.raft.HeartbeatResponse.$Properties|null);

            /** RaftMessage installSnapshot. */
            installSnapshot?: (canopy.raft.InstallSnapshot.$Properties|null);

            /** RaftMessage installSnapshotResponse. */
            installSnapshotResponse?: (canopy.raft.InstallSnapshotResponse.$Properties|null);

            /** RaftMessage timeoutNow. */
            timeoutNow?: (canopy.raft.TimeoutNow.$Properties|null);

            /** RaftMessage readIndex. */
            readIndex?: (canopy.raft.ReadIndex.$Properties|null);

            /** RaftMessage readIndexResponse. */
            readIndexResponse?: (canopy.raft.ReadIndexResponse.$Properties|null);

            /** RaftMessage body. */
            body?: ("appendEntries"|"appendEntriesResponse"|"requestVote"|"requestVoteResponse"|"heartbeat"|"heartbeatResponse"|"installSnapshot"|"installSnapshotResponse"|"timeoutNow"|"readIndex"|"readIndexResponse");

            /**
             * Creates a new RaftMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RaftMessage instance
             */
            static create(properties: canopy.raft.RaftMessage.$Shape): canopy.raft.RaftMessage & canopy.raft.RaftMessage.$Shape;
            static create(properties?: canopy.raft.RaftMessage.$Properties): canopy.raft.RaftMessage;

            /**
             * Encodes the specified RaftMessage message. Does not implicitly {@link canopy.raft.RaftMessage.verify|verify} messages.
             * @param message RaftMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.raft.RaftMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RaftMessage message, length delimited. Does not implicitly {@link canopy.raft.RaftMessage.verify|verify} messages.
             * @param message RaftMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.raft.RaftMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RaftMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.raft.RaftMessage & canopy.raft.RaftMessage.$Shape} RaftMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.raft.RaftMessage & canopy.raft.RaftMessage.$Shape;

            /**
             * Decodes a RaftMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.raft.RaftMessage & canopy.raft.RaftMessage.$Shape} RaftMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.raft.RaftMessage & canopy.raft.RaftMessage.$Shape;

            /**
             * Verifies a RaftMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RaftMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RaftMessage
             */
            static fromObject(object: { [k: string]: any }): canopy.raft.RaftMessage;

            /**
             * Creates a plain object from a RaftMessage message. Also converts values to other types if specified.
             * @param message RaftMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.raft.RaftMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RaftMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RaftMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RaftMessage {

            /** Properties of a RaftMessage. */
            interface $Properties {

                /** RaftMessage from */
                from?: (string|null);

                /** RaftMessage to */
                to?: (string|null);

                /** RaftMessage term */
                term?: (number|Long|null);

                /** RaftMessage appendEntries */
                appendEntries?: (canopy.raft.AppendEntries.$Properties|null);

                /** RaftMessage appendEntriesResponse */
                appendEntriesResponse?: (canopy.raft.AppendEntriesResponse.$Properties|null);

                /** RaftMessage requestVote */
                requestVote?: (canopy.raft.RequestVote.$Properties|null);

                /** RaftMessage requestVoteResponse */
                requestVoteResponse?: (canopy.raft.RequestVoteResponse.$Properties|null);

                /** RaftMessage heartbeat */
                heartbeat?: (canopy.raft.Heartbeat.$Properties|null);

                /** RaftMessage heartbeatResponse */
                heartbeatResponse?: (canopy.raft.HeartbeatResponse.$Properties|null);

                /** RaftMessage installSnapshot */
                installSnapshot?: (canopy.raft.InstallSnapshot.$Properties|null);

                /** RaftMessage installSnapshotResponse */
                installSnapshotResponse?: (canopy.raft.InstallSnapshotResponse.$Properties|null);

                /** RaftMessage timeoutNow */
                timeoutNow?: (canopy.raft.TimeoutNow.$Properties|null);

                /** RaftMessage readIndex */
                readIndex?: (canopy.raft.ReadIndex.$Properties|null);

                /** RaftMessage readIndexResponse */
                readIndexResponse?: (canopy.raft.ReadIndexResponse.$Properties|null);

                /** RaftMessage body */
                body?: ("appendEntries"|"appendEntriesResponse"|"requestVote"|"requestVoteResponse"|"heartbeat"|"heartbeatResponse"|"installSnapshot"|"installSnapshotResponse"|"timeoutNow"|"readIndex"|"readIndexResponse");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a RaftMessage. */
            type $Shape = {
              from?: string|null;
              to?: string|null;
              term?: number|Long|null;
              appendEntries?: canopy.raft.AppendEntries.$Shape|null;
              appendEntriesResponse?: canopy.raft.AppendEntriesResponse.$Shape|null;
              requestVote?: canopy.raft.RequestVote.$Shape|null;
              requestVoteResponse?: canopy.raft.RequestVoteResponse.$Shape|null;
              heartbeat?: canopy.raft.Heartbeat.$Shape|null;
              heartbeatResponse?: canopy.raft.HeartbeatResponse.$Shape|null;
              installSnapshot?: canopy.raft.InstallSnapshot.$Shape|null;
              installSnapshotResponse?: canopy.raft.InstallSnapshotResponse.$Shape|null;
              timeoutNow?: canopy.raft.TimeoutNow.$Shape|null;
              readIndex?: canopy.raft.ReadIndex.$Shape|null;
              readIndexResponse?: canopy.raft.ReadIndexResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "appendEntries"; appendEntries: canopy.raft.AppendEntries.$Shape; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "appendEntriesResponse"; appendEntries?: null; appendEntriesResponse: canopy.raft.AppendEntriesResponse.$Shape; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "requestVote"; appendEntries?: null; appendEntriesResponse?: null; requestVote: canopy.raft.RequestVote.$Shape; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "requestVoteResponse"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse: canopy.raft.RequestVoteResponse.$Shape; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "heartbeat"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat: canopy.raft.Heartbeat.$Shape; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "heartbeatResponse"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse: canopy.raft.HeartbeatResponse.$Shape; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "installSnapshot"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot: canopy.raft.InstallSnapshot.$Shape; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "installSnapshotResponse"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse: canopy.raft.InstallSnapshotResponse.$Shape; timeoutNow?: null; readIndex?: null; readIndexResponse?: null }|{ body?: "timeoutNow"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow: canopy.raft.TimeoutNow.$Shape; readIndex?: null; readIndexResponse?: null }|{ body?: "readIndex"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex: canopy.raft.ReadIndex.$Shape; readIndexResponse?: null }|{ body?: "readIndexResponse"; appendEntries?: null; appendEntriesResponse?: null; requestVote?: null; requestVoteResponse?: null; heartbeat?: null; heartbeatResponse?: null; installSnapshot?: null; installSnapshotResponse?: null; timeoutNow?: null; readIndex?: null; readIndexResponse: canopy.raft.ReadIndexResponse.$Shape })
            );
        }
    }

    /** Namespace rpc. */
    namespace rpc {

        /**
         * Properties of a BucketVersion.
         * @deprecated Use canopy.rpc.BucketVersion.$Properties instead.
         */
        interface IBucketVersion extends canopy.rpc.BucketVersion.$Properties {
        }

        /** Represents a BucketVersion. */
        class BucketVersion {

            /**
             * Constructs a new BucketVersion.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.rpc.BucketVersion.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BucketVersion incarnation. */
            incarnation: (number|Long);

            /** BucketVersion counter. */
            counter: (number|Long);

            /**
             * Creates a new BucketVersion instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BucketVersion instance
             */
            static create(properties: canopy.rpc.BucketVersion.$Shape): canopy.rpc.BucketVersion & canopy.rpc.BucketVersion.$Shape;
            static create(properties?: canopy.rpc.BucketVersion.$Properties): canopy.rpc.BucketVersion;

            /**
             * Encodes the specified BucketVersion message. Does not implicitly {@link canopy.rpc.BucketVersion.verify|verify} messages.
             * @param message BucketVersion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.rpc.BucketVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BucketVersion message, length delimited. Does not implicitly {@link canopy.rpc.BucketVersion.verify|verify} messages.
             * @param message BucketVersion message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.rpc.BucketVersion.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BucketVersion message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.rpc.BucketVersion & canopy.rpc.BucketVersion.$Shape} BucketVersion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.rpc.BucketVersion & canopy.rpc.BucketVersion.$Shape;

            /**
             * Decodes a BucketVersion message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.rpc.BucketVersion & canopy.rpc.BucketVersion.$Shape} BucketVersion
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.rpc.BucketVersion & canopy.rpc.BucketVersion.$Shape;

            /**
             * Verifies a BucketVersion message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BucketVersion message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BucketVersion
             */
            static fromObject(object: { [k: string]: any }): canopy.rpc.BucketVersion;

            /**
             * Creates a plain object from a BucketVersion message. Also converts values to other types if specified.
             * @param message BucketVersion
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.rpc.BucketVersion, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BucketVersion to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BucketVersion
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BucketVersion {

            /** Properties of a BucketVersion. */
            interface $Properties {

                /** BucketVersion incarnation */
                incarnation?: (number|Long|null);

                /** BucketVersion counter */
                counter?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BucketVersion. */
            type $Shape = canopy.rpc.BucketVersion.$Properties;
        }

        /**
         * Properties of a Route.
         * @deprecated Use canopy.rpc.Route.$Properties instead.
         */
        interface IRoute extends canopy.rpc.Route.$Properties {
        }

        /** Represents a Route. */
        class Route {

            /**
             * Constructs a new Route.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.rpc.Route.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Route rpc. */
            rpc: string;

            /** Route path. */
            path: string;

            /**
             * Creates a new Route instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Route instance
             */
            static create(properties: canopy.rpc.Route.$Shape): canopy.rpc.Route & canopy.rpc.Route.$Shape;
            static create(properties?: canopy.rpc.Route.$Properties): canopy.rpc.Route;

            /**
             * Encodes the specified Route message. Does not implicitly {@link canopy.rpc.Route.verify|verify} messages.
             * @param message Route message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.rpc.Route.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Route message, length delimited. Does not implicitly {@link canopy.rpc.Route.verify|verify} messages.
             * @param message Route message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.rpc.Route.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Route message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.rpc.Route & canopy.rpc.Route.$Shape} Route
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.rpc.Route & canopy.rpc.Route.$Shape;

            /**
             * Decodes a Route message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.rpc.Route & canopy.rpc.Route.$Shape} Route
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.rpc.Route & canopy.rpc.Route.$Shape;

            /**
             * Verifies a Route message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Route message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Route
             */
            static fromObject(object: { [k: string]: any }): canopy.rpc.Route;

            /**
             * Creates a plain object from a Route message. Also converts values to other types if specified.
             * @param message Route
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.rpc.Route, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Route to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Route
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Route {

            /** Properties of a Route. */
            interface $Properties {

                /** Route rpc */
                rpc?: (string|null);

                /** Route path */
                path?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Route. */
            type $Shape = canopy.rpc.Route.$Properties;
        }

        /**
         * Properties of a VersionEntry.
         * @deprecated Use canopy.rpc.VersionEntry.$Properties instead.
         */
        interface IVersionEntry extends canopy.rpc.VersionEntry.$Properties {
        }

        /** Represents a VersionEntry. */
        class VersionEntry {

            /**
             * Constructs a new VersionEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.rpc.VersionEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** VersionEntry member. */
            member: string;

            /** VersionEntry version. */
            version?: (canopy.rpc.BucketVersion.$Properties|null);

            /**
             * Creates a new VersionEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns VersionEntry instance
             */
            static create(properties: canopy.rpc.VersionEntry.$Shape): canopy.rpc.VersionEntry & canopy.rpc.VersionEntry.$Shape;
            static create(properties?: canopy.rpc.VersionEntry.$Properties): canopy.rpc.VersionEntry;

            /**
             * Encodes the specified VersionEntry message. Does not implicitly {@link canopy.rpc.VersionEntry.verify|verify} messages.
             * @param message VersionEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.rpc.VersionEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified VersionEntry message, length delimited. Does not implicitly {@link canopy.rpc.VersionEntry.verify|verify} messages.
             * @param message VersionEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.rpc.VersionEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a VersionEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.rpc.VersionEntry & canopy.rpc.VersionEntry.$Shape} VersionEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.rpc.VersionEntry & canopy.rpc.VersionEntry.$Shape;

            /**
             * Decodes a VersionEntry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.rpc.VersionEntry & canopy.rpc.VersionEntry.$Shape} VersionEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.rpc.VersionEntry & canopy.rpc.VersionEntry.$Shape;

            /**
             * Verifies a VersionEntry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a VersionEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns VersionEntry
             */
            static fromObject(object: { [k: string]: any }): canopy.rpc.VersionEntry;

            /**
             * Creates a plain object from a VersionEntry message. Also converts values to other types if specified.
             * @param message VersionEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.rpc.VersionEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this VersionEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for VersionEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace VersionEntry {

            /** Properties of a VersionEntry. */
            interface $Properties {

                /** VersionEntry member */
                member?: (string|null);

                /** VersionEntry version */
                version?: (canopy.rpc.BucketVersion.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a VersionEntry. */
            type $Shape = canopy.rpc.VersionEntry.$Properties;
        }

        /**
         * Properties of a BucketEntry.
         * @deprecated Use canopy.rpc.BucketEntry.$Properties instead.
         */
        interface IBucketEntry extends canopy.rpc.BucketEntry.$Properties {
        }

        /** Represents a BucketEntry. */
        class BucketEntry {

            /**
             * Constructs a new BucketEntry.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.rpc.BucketEntry.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BucketEntry member. */
            member: string;

            /** BucketEntry version. */
            version?: (canopy.rpc.BucketVersion.$Properties|null);

            /** BucketEntry routes. */
            routes: canopy.rpc.Route.$Properties[];

            /**
             * Creates a new BucketEntry instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BucketEntry instance
             */
            static create(properties: canopy.rpc.BucketEntry.$Shape): canopy.rpc.BucketEntry & canopy.rpc.BucketEntry.$Shape;
            static create(properties?: canopy.rpc.BucketEntry.$Properties): canopy.rpc.BucketEntry;

            /**
             * Encodes the specified BucketEntry message. Does not implicitly {@link canopy.rpc.BucketEntry.verify|verify} messages.
             * @param message BucketEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.rpc.BucketEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BucketEntry message, length delimited. Does not implicitly {@link canopy.rpc.BucketEntry.verify|verify} messages.
             * @param message BucketEntry message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.rpc.BucketEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BucketEntry message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.rpc.BucketEntry & canopy.rpc.BucketEntry.$Shape} BucketEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.rpc.BucketEntry & canopy.rpc.BucketEntry.$Shape;

            /**
             * Decodes a BucketEntry message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.rpc.BucketEntry & canopy.rpc.BucketEntry.$Shape} BucketEntry
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.rpc.BucketEntry & canopy.rpc.BucketEntry.$Shape;

            /**
             * Verifies a BucketEntry message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BucketEntry message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BucketEntry
             */
            static fromObject(object: { [k: string]: any }): canopy.rpc.BucketEntry;

            /**
             * Creates a plain object from a BucketEntry message. Also converts values to other types if specified.
             * @param message BucketEntry
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.rpc.BucketEntry, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BucketEntry to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for BucketEntry
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace BucketEntry {

            /** Properties of a BucketEntry. */
            interface $Properties {

                /** BucketEntry member */
                member?: (string|null);

                /** BucketEntry version */
                version?: (canopy.rpc.BucketVersion.$Properties|null);

                /** BucketEntry routes */
                routes?: (canopy.rpc.Route.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BucketEntry. */
            type $Shape = canopy.rpc.BucketEntry.$Properties;
        }

        /**
         * Properties of a Status.
         * @deprecated Use canopy.rpc.Status.$Properties instead.
         */
        interface IStatus extends canopy.rpc.Status.$Properties {
        }

        /** Represents a Status. */
        class Status {

            /**
             * Constructs a new Status.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.rpc.Status.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Status versions. */
            versions: canopy.rpc.VersionEntry.$Properties[];

            /**
             * Creates a new Status instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Status instance
             */
            static create(properties: canopy.rpc.Status.$Shape): canopy.rpc.Status & canopy.rpc.Status.$Shape;
            static create(properties?: canopy.rpc.Status.$Properties): canopy.rpc.Status;

            /**
             * Encodes the specified Status message. Does not implicitly {@link canopy.rpc.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.rpc.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Status message, length delimited. Does not implicitly {@link canopy.rpc.Status.verify|verify} messages.
             * @param message Status message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.rpc.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Status message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.rpc.Status & canopy.rpc.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.rpc.Status & canopy.rpc.Status.$Shape;

            /**
             * Decodes a Status message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.rpc.Status & canopy.rpc.Status.$Shape} Status
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.rpc.Status & canopy.rpc.Status.$Shape;

            /**
             * Verifies a Status message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Status message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Status
             */
            static fromObject(object: { [k: string]: any }): canopy.rpc.Status;

            /**
             * Creates a plain object from a Status message. Also converts values to other types if specified.
             * @param message Status
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.rpc.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Status to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Status
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Status {

            /** Properties of a Status. */
            interface $Properties {

                /** Status versions */
                versions?: (canopy.rpc.VersionEntry.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Status. */
            type $Shape = canopy.rpc.Status.$Properties;
        }

        /**
         * Properties of a Delta.
         * @deprecated Use canopy.rpc.Delta.$Properties instead.
         */
        interface IDelta extends canopy.rpc.Delta.$Properties {
        }

        /** Represents a Delta. */
        class Delta {

            /**
             * Constructs a new Delta.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.rpc.Delta.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Delta buckets. */
            buckets: canopy.rpc.BucketEntry.$Properties[];

            /** Delta want. */
            want: string[];

            /**
             * Creates a new Delta instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Delta instance
             */
            static create(properties: canopy.rpc.Delta.$Shape): canopy.rpc.Delta & canopy.rpc.Delta.$Shape;
            static create(properties?: canopy.rpc.Delta.$Properties): canopy.rpc.Delta;

            /**
             * Encodes the specified Delta message. Does not implicitly {@link canopy.rpc.Delta.verify|verify} messages.
             * @param message Delta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.rpc.Delta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Delta message, length delimited. Does not implicitly {@link canopy.rpc.Delta.verify|verify} messages.
             * @param message Delta message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.rpc.Delta.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Delta message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.rpc.Delta & canopy.rpc.Delta.$Shape} Delta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.rpc.Delta & canopy.rpc.Delta.$Shape;

            /**
             * Decodes a Delta message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.rpc.Delta & canopy.rpc.Delta.$Shape} Delta
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.rpc.Delta & canopy.rpc.Delta.$Shape;

            /**
             * Verifies a Delta message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Delta message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Delta
             */
            static fromObject(object: { [k: string]: any }): canopy.rpc.Delta;

            /**
             * Creates a plain object from a Delta message. Also converts values to other types if specified.
             * @param message Delta
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.rpc.Delta, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Delta to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Delta
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Delta {

            /** Properties of a Delta. */
            interface $Properties {

                /** Delta buckets */
                buckets?: (canopy.rpc.BucketEntry.$Properties[]|null);

                /** Delta want */
                want?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Delta. */
            type $Shape = canopy.rpc.Delta.$Properties;
        }

        /**
         * Properties of a GossipMessage.
         * @deprecated Use canopy.rpc.GossipMessage.$Properties instead.
         */
        interface IGossipMessage extends canopy.rpc.GossipMessage.$Properties {
        }

        /** Represents a GossipMessage. */
        class GossipMessage {

            /**
             * Constructs a new GossipMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.rpc.GossipMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** GossipMessage status. */
            status?: (canopy.rpc.Status.$Properties|null);

            /** GossipMessage delta. */
            delta?: (canopy.rpc.Delta.$Properties|null);

            /** GossipMessage body. */
            body?: ("status"|"delta");

            /**
             * Creates a new GossipMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns GossipMessage instance
             */
            static create(properties: canopy.rpc.GossipMessage.$Shape): canopy.rpc.GossipMessage & canopy.rpc.GossipMessage.$Shape;
            static create(properties?: canopy.rpc.GossipMessage.$Properties): canopy.rpc.GossipMessage;

            /**
             * Encodes the specified GossipMessage message. Does not implicitly {@link canopy.rpc.GossipMessage.verify|verify} messages.
             * @param message GossipMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.rpc.GossipMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified GossipMessage message, length delimited. Does not implicitly {@link canopy.rpc.GossipMessage.verify|verify} messages.
             * @param message GossipMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.rpc.GossipMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a GossipMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.rpc.GossipMessage & canopy.rpc.GossipMessage.$Shape} GossipMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.rpc.GossipMessage & canopy.rpc.GossipMessage.$Shape;

            /**
             * Decodes a GossipMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.rpc.GossipMessage & canopy.rpc.GossipMessage.$Shape} GossipMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.rpc.GossipMessage & canopy.rpc.GossipMessage.$Shape;

            /**
             * Verifies a GossipMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a GossipMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns GossipMessage
             */
            static fromObject(object: { [k: string]: any }): canopy.rpc.GossipMessage;

            /**
             * Creates a plain object from a GossipMessage message. Also converts values to other types if specified.
             * @param message GossipMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.rpc.GossipMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this GossipMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for GossipMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace GossipMessage {

            /** Properties of a GossipMessage. */
            interface $Properties {

                /** GossipMessage status */
                status?: (canopy.rpc.Status.$Properties|null);

                /** GossipMessage delta */
                delta?: (canopy.rpc.Delta.$Properties|null);

                /** GossipMessage body */
                body?: ("status"|"delta");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a GossipMessage. */
            type $Shape = {
              status?: canopy.rpc.Status.$Shape|null;
              delta?: canopy.rpc.Delta.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; status?: null; delta?: null }|{ body?: "status"; status: canopy.rpc.Status.$Shape; delta?: null }|{ body?: "delta"; status?: null; delta: canopy.rpc.Delta.$Shape })
            );
        }

        /**
         * Properties of a CallRequest.
         * @deprecated Use canopy.rpc.CallRequest.$Properties instead.
         */
        interface ICallRequest extends canopy.rpc.CallRequest.$Properties {
        }

        /** Represents a CallRequest. */
        class CallRequest {

            /**
             * Constructs a new CallRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.rpc.CallRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallRequest id. */
            id: (number|Long);

            /** CallRequest rpc. */
            rpc: string;

            /** CallRequest inputJson. */
            inputJson: string;

            /** CallRequest timeoutMs. */
            timeoutMs: (number|Long);

            /**
             * Creates a new CallRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallRequest instance
             */
            static create(properties: canopy.rpc.CallRequest.$Shape): canopy.rpc.CallRequest & canopy.rpc.CallRequest.$Shape;
            static create(properties?: canopy.rpc.CallRequest.$Properties): canopy.rpc.CallRequest;

            /**
             * Encodes the specified CallRequest message. Does not implicitly {@link canopy.rpc.CallRequest.verify|verify} messages.
             * @param message CallRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.rpc.CallRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallRequest message, length delimited. Does not implicitly {@link canopy.rpc.CallRequest.verify|verify} messages.
             * @param message CallRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.rpc.CallRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.rpc.CallRequest & canopy.rpc.CallRequest.$Shape} CallRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.rpc.CallRequest & canopy.rpc.CallRequest.$Shape;

            /**
             * Decodes a CallRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.rpc.CallRequest & canopy.rpc.CallRequest.$Shape} CallRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.rpc.CallRequest & canopy.rpc.CallRequest.$Shape;

            /**
             * Verifies a CallRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallRequest
             */
            static fromObject(object: { [k: string]: any }): canopy.rpc.CallRequest;

            /**
             * Creates a plain object from a CallRequest message. Also converts values to other types if specified.
             * @param message CallRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.rpc.CallRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallRequest {

            /** Properties of a CallRequest. */
            interface $Properties {

                /** CallRequest id */
                id?: (number|Long|null);

                /** CallRequest rpc */
                rpc?: (string|null);

                /** CallRequest inputJson */
                inputJson?: (string|null);

                /** CallRequest timeoutMs */
                timeoutMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallRequest. */
            type $Shape = canopy.rpc.CallRequest.$Properties;
        }

        /**
         * Properties of a CallError.
         * @deprecated Use canopy.rpc.CallError.$Properties instead.
         */
        interface ICallError extends canopy.rpc.CallError.$Properties {
        }

        /** Represents a CallError. */
        class CallError {

            /**
             * Constructs a new CallError.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.rpc.CallError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallError code. */
            code: string;

            /** CallError message. */
            message: string;

            /** CallError tag. */
            tag: string;

            /** CallError errorType. */
            errorType: string;

            /** CallError appTag. */
            appTag: string;

            /** CallError infoJson. */
            infoJson: string;

            /**
             * Creates a new CallError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallError instance
             */
            static create(properties: canopy.rpc.CallError.$Shape): canopy.rpc.CallError & canopy.rpc.CallError.$Shape;
            static create(properties?: canopy.rpc.CallError.$Properties): canopy.rpc.CallError;

            /**
             * Encodes the specified CallError message. Does not implicitly {@link canopy.rpc.CallError.verify|verify} messages.
             * @param message CallError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.rpc.CallError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallError message, length delimited. Does not implicitly {@link canopy.rpc.CallError.verify|verify} messages.
             * @param message CallError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.rpc.CallError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.rpc.CallError & canopy.rpc.CallError.$Shape} CallError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.rpc.CallError & canopy.rpc.CallError.$Shape;

            /**
             * Decodes a CallError message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.rpc.CallError & canopy.rpc.CallError.$Shape} CallError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.rpc.CallError & canopy.rpc.CallError.$Shape;

            /**
             * Verifies a CallError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallError
             */
            static fromObject(object: { [k: string]: any }): canopy.rpc.CallError;

            /**
             * Creates a plain object from a CallError message. Also converts values to other types if specified.
             * @param message CallError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.rpc.CallError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallError {

            /** Properties of a CallError. */
            interface $Properties {

                /** CallError code */
                code?: (string|null);

                /** CallError message */
                message?: (string|null);

                /** CallError tag */
                tag?: (string|null);

                /** CallError errorType */
                errorType?: (string|null);

                /** CallError appTag */
                appTag?: (string|null);

                /** CallError infoJson */
                infoJson?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CallError. */
            type $Shape = canopy.rpc.CallError.$Properties;
        }

        /**
         * Properties of a CallResponse.
         * @deprecated Use canopy.rpc.CallResponse.$Properties instead.
         */
        interface ICallResponse extends canopy.rpc.CallResponse.$Properties {
        }

        /** Represents a CallResponse. */
        class CallResponse {

            /**
             * Constructs a new CallResponse.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.rpc.CallResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallResponse id. */
            id: (number|Long);

            /** CallResponse outputJson. */
            outputJson?: (string|null);

            /** CallResponse error. */
            error?: (canopy.rpc.CallError.$Properties|null);

            /** CallResponse result. */
            result?: ("outputJson"|"error");

            /**
             * Creates a new CallResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallResponse instance
             */
            static create(properties: canopy.rpc.CallResponse.$Shape): canopy.rpc.CallResponse & canopy.rpc.CallResponse.$Shape;
            static create(properties?: canopy.rpc.CallResponse.$Properties): canopy.rpc.CallResponse;

            /**
             * Encodes the specified CallResponse message. Does not implicitly {@link canopy.rpc.CallResponse.verify|verify} messages.
             * @param message CallResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.rpc.CallResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallResponse message, length delimited. Does not implicitly {@link canopy.rpc.CallResponse.verify|verify} messages.
             * @param message CallResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.rpc.CallResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallResponse message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.rpc.CallResponse & canopy.rpc.CallResponse.$Shape} CallResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.rpc.CallResponse & canopy.rpc.CallResponse.$Shape;

            /**
             * Decodes a CallResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.rpc.CallResponse & canopy.rpc.CallResponse.$Shape} CallResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.rpc.CallResponse & canopy.rpc.CallResponse.$Shape;

            /**
             * Verifies a CallResponse message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallResponse message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallResponse
             */
            static fromObject(object: { [k: string]: any }): canopy.rpc.CallResponse;

            /**
             * Creates a plain object from a CallResponse message. Also converts values to other types if specified.
             * @param message CallResponse
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.rpc.CallResponse, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallResponse {

            /** Properties of a CallResponse. */
            interface $Properties {

                /** CallResponse id */
                id?: (number|Long|null);

                /** CallResponse outputJson */
                outputJson?: (string|null);

                /** CallResponse error */
                error?: (canopy.rpc.CallError.$Properties|null);

                /** CallResponse result */
                result?: ("outputJson"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a CallResponse. */
            type $Shape = {
              id?: number|Long|null;
              outputJson?: string|null;
              error?: canopy.rpc.CallError.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; outputJson?: null; error?: null }|{ result?: "outputJson"; outputJson: string; error?: null }|{ result?: "error"; outputJson?: null; error: canopy.rpc.CallError.$Shape })
            );
        }

        /**
         * Properties of a CallMessage.
         * @deprecated Use canopy.rpc.CallMessage.$Properties instead.
         */
        interface ICallMessage extends canopy.rpc.CallMessage.$Properties {
        }

        /** Represents a CallMessage. */
        class CallMessage {

            /**
             * Constructs a new CallMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.rpc.CallMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CallMessage request. */
            request?: (canopy.rpc.CallRequest.$Properties|null);

            /** CallMessage response. */
            response?: (canopy.rpc.CallResponse.$Properties|null);

            /** CallMessage body. */
            body?: ("request"|"response");

            /**
             * Creates a new CallMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CallMessage instance
             */
            static create(properties: canopy.rpc.CallMessage.$Shape): canopy.rpc.CallMessage & canopy.rpc.CallMessage.$Shape;
            static create(properties?: canopy.rpc.CallMessage.$Properties): canopy.rpc.CallMessage;

            /**
             * Encodes the specified CallMessage message. Does not implicitly {@link canopy.rpc.CallMessage.verify|verify} messages.
             * @param message CallMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.rpc.CallMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CallMessage message, length delimited. Does not implicitly {@link canopy.rpc.CallMessage.verify|verify} messages.
             * @param message CallMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.rpc.CallMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CallMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.rpc.CallMessage & canopy.rpc.CallMessage.$Shape} CallMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.rpc.CallMessage & canopy.rpc.CallMessage.$Shape;

            /**
             * Decodes a CallMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.rpc.CallMessage & canopy.rpc.CallMessage.$Shape} CallMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.rpc.CallMessage & canopy.rpc.CallMessage.$Shape;

            /**
             * Verifies a CallMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CallMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CallMessage
             */
            static fromObject(object: { [k: string]: any }): canopy.rpc.CallMessage;

            /**
             * Creates a plain object from a CallMessage message. Also converts values to other types if specified.
             * @param message CallMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.rpc.CallMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CallMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CallMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CallMessage {

            /** Properties of a CallMessage. */
            interface $Properties {

                /** CallMessage request */
                request?: (canopy.rpc.CallRequest.$Properties|null);

                /** CallMessage response */
                response?: (canopy.rpc.CallResponse.$Properties|null);

                /** CallMessage body */
                body?: ("request"|"response");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a CallMessage. */
            type $Shape = {
              request?: canopy.rpc.CallRequest.$Shape|null;
              response?: canopy.rpc.CallResponse.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; request?: null; response?: null }|{ body?: "request"; request: canopy.rpc.CallRequest.$Shape; response?: null }|{ body?: "response"; request?: null; response: canopy.rpc.CallResponse.$Shape })
            );
        }

        /**
         * Properties of a Notification.
         * @deprecated Use canopy.rpc.Notification.$Properties instead.
         */
        interface INotification extends canopy.rpc.Notification.$Properties {
        }

        /** Represents a Notification. */
        class Notification {

            /**
             * Constructs a new Notification.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.rpc.Notification.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Notification notification. */
            notification: string;

            /** Notification contentJson. */
            contentJson: string;

            /** Notification eventTime. */
            eventTime: string;

            /** Notification sequence. */
            sequence: (number|Long);

            /**
             * Creates a new Notification instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Notification instance
             */
            static create(properties: canopy.rpc.Notification.$Shape): canopy.rpc.Notification & canopy.rpc.Notification.$Shape;
            static create(properties?: canopy.rpc.Notification.$Properties): canopy.rpc.Notification;

            /**
             * Encodes the specified Notification message. Does not implicitly {@link canopy.rpc.Notification.verify|verify} messages.
             * @param message Notification message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.rpc.Notification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Notification message, length delimited. Does not implicitly {@link canopy.rpc.Notification.verify|verify} messages.
             * @param message Notification message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.rpc.Notification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Notification message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.rpc.Notification & canopy.rpc.Notification.$Shape} Notification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.rpc.Notification & canopy.rpc.Notification.$Shape;

            /**
             * Decodes a Notification message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.rpc.Notification & canopy.rpc.Notification.$Shape} Notification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.rpc.Notification & canopy.rpc.Notification.$Shape;

            /**
             * Verifies a Notification message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Notification message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Notification
             */
            static fromObject(object: { [k: string]: any }): canopy.rpc.Notification;

            /**
             * Creates a plain object from a Notification message. Also converts values to other types if specified.
             * @param message Notification
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.rpc.Notification, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Notification to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Notification
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Notification {

            /** Properties of a Notification. */
            interface $Properties {

                /** Notification notification */
                notification?: (string|null);

                /** Notification contentJson */
                contentJson?: (string|null);

                /** Notification eventTime */
                eventTime?: (string|null);

                /** Notification sequence */
                sequence?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Notification. */
            type $Shape = canopy.rpc.Notification.$Properties;
        }
    }

    /** Namespace shardnet. */
    namespace shardnet {

        /**
         * Properties of a RaftBatch.
         * @deprecated Use canopy.shardnet.RaftBatch.$Properties instead.
         */
        interface IRaftBatch extends canopy.shardnet.RaftBatch.$Properties {
        }

        /** Represents a RaftBatch. */
        class RaftBatch {

            /**
             * Constructs a new RaftBatch.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardnet.RaftBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RaftBatch messages. */
            messages: Uint8Array[];

            /**
             * Creates a new RaftBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RaftBatch instance
             */
            static create(properties: canopy.shardnet.RaftBatch.$Shape): canopy.shardnet.RaftBatch & canopy.shardnet.RaftBatch.$Shape;
            static create(properties?: canopy.shardnet.RaftBatch.$Properties): canopy.shardnet.RaftBatch;

            /**
             * Encodes the specified RaftBatch message. Does not implicitly {@link canopy.shardnet.RaftBatch.verify|verify} messages.
             * @param message RaftBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardnet.RaftBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RaftBatch message, length delimited. Does not implicitly {@link canopy.shardnet.RaftBatch.verify|verify} messages.
             * @param message RaftBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardnet.RaftBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RaftBatch message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardnet.RaftBatch & canopy.shardnet.RaftBatch.$Shape} RaftBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardnet.RaftBatch & canopy.shardnet.RaftBatch.$Shape;

            /**
             * Decodes a RaftBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardnet.RaftBatch & canopy.shardnet.RaftBatch.$Shape} RaftBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardnet.RaftBatch & canopy.shardnet.RaftBatch.$Shape;

            /**
             * Verifies a RaftBatch message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RaftBatch message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RaftBatch
             */
            static fromObject(object: { [k: string]: any }): canopy.shardnet.RaftBatch;

            /**
             * Creates a plain object from a RaftBatch message. Also converts values to other types if specified.
             * @param message RaftBatch
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardnet.RaftBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RaftBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for RaftBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace RaftBatch {

            /** Properties of a RaftBatch. */
            interface $Properties {

                /** RaftBatch messages */
                messages?: (Uint8Array[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RaftBatch. */
            type $Shape = canopy.shardnet.RaftBatch.$Properties;
        }

        /**
         * Properties of a ResolveRequest.
         * @deprecated Use canopy.shardnet.ResolveRequest.$Properties instead.
         */
        interface IResolveRequest extends canopy.shardnet.ResolveRequest.$Properties {
        }

        /** Represents a ResolveRequest. */
        class ResolveRequest {

            /**
             * Constructs a new ResolveRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardnet.ResolveRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResolveRequest txId. */
            txId: string;

            /** ResolveRequest from. */
            from: string;

            /**
             * Creates a new ResolveRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResolveRequest instance
             */
            static create(properties: canopy.shardnet.ResolveRequest.$Shape): canopy.shardnet.ResolveRequest & canopy.shardnet.ResolveRequest.$Shape;
            static create(properties?: canopy.shardnet.ResolveRequest.$Properties): canopy.shardnet.ResolveRequest;

            /**
             * Encodes the specified ResolveRequest message. Does not implicitly {@link canopy.shardnet.ResolveRequest.verify|verify} messages.
             * @param message ResolveRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardnet.ResolveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ResolveRequest message, length delimited. Does not implicitly {@link canopy.shardnet.ResolveRequest.verify|verify} messages.
             * @param message ResolveRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardnet.ResolveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResolveRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardnet.ResolveRequest & canopy.shardnet.ResolveRequest.$Shape} ResolveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardnet.ResolveRequest & canopy.shardnet.ResolveRequest.$Shape;

            /**
             * Decodes a ResolveRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardnet.ResolveRequest & canopy.shardnet.ResolveRequest.$Shape} ResolveRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardnet.ResolveRequest & canopy.shardnet.ResolveRequest.$Shape;

            /**
             * Verifies a ResolveRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResolveRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResolveRequest
             */
            static fromObject(object: { [k: string]: any }): canopy.shardnet.ResolveRequest;

            /**
             * Creates a plain object from a ResolveRequest message. Also converts values to other types if specified.
             * @param message ResolveRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardnet.ResolveRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResolveRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResolveRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResolveRequest {

            /** Properties of a ResolveRequest. */
            interface $Properties {

                /** ResolveRequest txId */
                txId?: (string|null);

                /** ResolveRequest from */
                from?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResolveRequest. */
            type $Shape = canopy.shardnet.ResolveRequest.$Properties;
        }

        /**
         * Properties of a ResolveAnswer.
         * @deprecated Use canopy.shardnet.ResolveAnswer.$Properties instead.
         */
        interface IResolveAnswer extends canopy.shardnet.ResolveAnswer.$Properties {
        }

        /** Represents a ResolveAnswer. */
        class ResolveAnswer {

            /**
             * Constructs a new ResolveAnswer.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardnet.ResolveAnswer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResolveAnswer txId. */
            txId: string;

            /** ResolveAnswer outcome. */
            outcome: canopy.shardnet.ResolveAnswer.Outcome;

            /**
             * Creates a new ResolveAnswer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResolveAnswer instance
             */
            static create(properties: canopy.shardnet.ResolveAnswer.$Shape): canopy.shardnet.ResolveAnswer & canopy.shardnet.ResolveAnswer.$Shape;
            static create(properties?: canopy.shardnet.ResolveAnswer.$Properties): canopy.shardnet.ResolveAnswer;

            /**
             * Encodes the specified ResolveAnswer message. Does not implicitly {@link canopy.shardnet.ResolveAnswer.verify|verify} messages.
             * @param message ResolveAnswer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardnet.ResolveAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ResolveAnswer message, length delimited. Does not implicitly {@link canopy.shardnet.ResolveAnswer.verify|verify} messages.
             * @param message ResolveAnswer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardnet.ResolveAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResolveAnswer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardnet.ResolveAnswer & canopy.shardnet.ResolveAnswer.$Shape} ResolveAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardnet.ResolveAnswer & canopy.shardnet.ResolveAnswer.$Shape;

            /**
             * Decodes a ResolveAnswer message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardnet.ResolveAnswer & canopy.shardnet.ResolveAnswer.$Shape} ResolveAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardnet.ResolveAnswer & canopy.shardnet.ResolveAnswer.$Shape;

            /**
             * Verifies a ResolveAnswer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResolveAnswer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResolveAnswer
             */
            static fromObject(object: { [k: string]: any }): canopy.shardnet.ResolveAnswer;

            /**
             * Creates a plain object from a ResolveAnswer message. Also converts values to other types if specified.
             * @param message ResolveAnswer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardnet.ResolveAnswer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResolveAnswer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResolveAnswer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResolveAnswer {

            /** Properties of a ResolveAnswer. */
            interface $Properties {

                /** ResolveAnswer txId */
                txId?: (string|null);

                /** ResolveAnswer outcome */
                outcome?: (canopy.shardnet.ResolveAnswer.Outcome|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResolveAnswer. */
            type $Shape = canopy.shardnet.ResolveAnswer.$Properties;

            /** Outcome enum. */
            enum Outcome {

                /** OUTCOME_UNSPECIFIED value */
                OUTCOME_UNSPECIFIED = 0,

                /** COMMIT value */
                COMMIT = 1,

                /** ABORT value */
                ABORT = 2
            }
        }

        /**
         * Properties of a ConfirmRequest.
         * @deprecated Use canopy.shardnet.ConfirmRequest.$Properties instead.
         */
        interface IConfirmRequest extends canopy.shardnet.ConfirmRequest.$Properties {
        }

        /** Represents a ConfirmRequest. */
        class ConfirmRequest {

            /**
             * Constructs a new ConfirmRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardnet.ConfirmRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfirmRequest txId. */
            txId: string;

            /** ConfirmRequest from. */
            from: string;

            /**
             * Creates a new ConfirmRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfirmRequest instance
             */
            static create(properties: canopy.shardnet.ConfirmRequest.$Shape): canopy.shardnet.ConfirmRequest & canopy.shardnet.ConfirmRequest.$Shape;
            static create(properties?: canopy.shardnet.ConfirmRequest.$Properties): canopy.shardnet.ConfirmRequest;

            /**
             * Encodes the specified ConfirmRequest message. Does not implicitly {@link canopy.shardnet.ConfirmRequest.verify|verify} messages.
             * @param message ConfirmRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardnet.ConfirmRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConfirmRequest message, length delimited. Does not implicitly {@link canopy.shardnet.ConfirmRequest.verify|verify} messages.
             * @param message ConfirmRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardnet.ConfirmRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfirmRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardnet.ConfirmRequest & canopy.shardnet.ConfirmRequest.$Shape} ConfirmRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardnet.ConfirmRequest & canopy.shardnet.ConfirmRequest.$Shape;

            /**
             * Decodes a ConfirmRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardnet.ConfirmRequest & canopy.shardnet.ConfirmRequest.$Shape} ConfirmRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardnet.ConfirmRequest & canopy.shardnet.ConfirmRequest.$Shape;

            /**
             * Verifies a ConfirmRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ConfirmRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ConfirmRequest
             */
            static fromObject(object: { [k: string]: any }): canopy.shardnet.ConfirmRequest;

            /**
             * Creates a plain object from a ConfirmRequest message. Also converts values to other types if specified.
             * @param message ConfirmRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardnet.ConfirmRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConfirmRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConfirmRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConfirmRequest {

            /** Properties of a ConfirmRequest. */
            interface $Properties {

                /** ConfirmRequest txId */
                txId?: (string|null);

                /** ConfirmRequest from */
                from?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfirmRequest. */
            type $Shape = canopy.shardnet.ConfirmRequest.$Properties;
        }

        /**
         * Properties of an OutcomeRecorded.
         * @deprecated Use canopy.shardnet.OutcomeRecorded.$Properties instead.
         */
        interface IOutcomeRecorded extends canopy.shardnet.OutcomeRecorded.$Properties {
        }

        /** Represents an OutcomeRecorded. */
        class OutcomeRecorded {

            /**
             * Constructs a new OutcomeRecorded.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardnet.OutcomeRecorded.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OutcomeRecorded txId. */
            txId: string;

            /** OutcomeRecorded participant. */
            participant: string;

            /**
             * Creates a new OutcomeRecorded instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OutcomeRecorded instance
             */
            static create(properties: canopy.shardnet.OutcomeRecorded.$Shape): canopy.shardnet.OutcomeRecorded & canopy.shardnet.OutcomeRecorded.$Shape;
            static create(properties?: canopy.shardnet.OutcomeRecorded.$Properties): canopy.shardnet.OutcomeRecorded;

            /**
             * Encodes the specified OutcomeRecorded message. Does not implicitly {@link canopy.shardnet.OutcomeRecorded.verify|verify} messages.
             * @param message OutcomeRecorded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardnet.OutcomeRecorded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OutcomeRecorded message, length delimited. Does not implicitly {@link canopy.shardnet.OutcomeRecorded.verify|verify} messages.
             * @param message OutcomeRecorded message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardnet.OutcomeRecorded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OutcomeRecorded message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardnet.OutcomeRecorded & canopy.shardnet.OutcomeRecorded.$Shape} OutcomeRecorded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardnet.OutcomeRecorded & canopy.shardnet.OutcomeRecorded.$Shape;

            /**
             * Decodes an OutcomeRecorded message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardnet.OutcomeRecorded & canopy.shardnet.OutcomeRecorded.$Shape} OutcomeRecorded
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardnet.OutcomeRecorded & canopy.shardnet.OutcomeRecorded.$Shape;

            /**
             * Verifies an OutcomeRecorded message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OutcomeRecorded message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OutcomeRecorded
             */
            static fromObject(object: { [k: string]: any }): canopy.shardnet.OutcomeRecorded;

            /**
             * Creates a plain object from an OutcomeRecorded message. Also converts values to other types if specified.
             * @param message OutcomeRecorded
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardnet.OutcomeRecorded, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OutcomeRecorded to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OutcomeRecorded
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OutcomeRecorded {

            /** Properties of an OutcomeRecorded. */
            interface $Properties {

                /** OutcomeRecorded txId */
                txId?: (string|null);

                /** OutcomeRecorded participant */
                participant?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OutcomeRecorded. */
            type $Shape = canopy.shardnet.OutcomeRecorded.$Properties;
        }

        /**
         * Properties of a ResolveUnavailable.
         * @deprecated Use canopy.shardnet.ResolveUnavailable.$Properties instead.
         */
        interface IResolveUnavailable extends canopy.shardnet.ResolveUnavailable.$Properties {
        }

        /** Represents a ResolveUnavailable. */
        class ResolveUnavailable {

            /**
             * Constructs a new ResolveUnavailable.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardnet.ResolveUnavailable.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ResolveUnavailable txId. */
            txId: string;

            /** ResolveUnavailable replica. */
            replica: string;

            /** ResolveUnavailable reason. */
            reason: string;

            /**
             * Creates a new ResolveUnavailable instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ResolveUnavailable instance
             */
            static create(properties: canopy.shardnet.ResolveUnavailable.$Shape): canopy.shardnet.ResolveUnavailable & canopy.shardnet.ResolveUnavailable.$Shape;
            static create(properties?: canopy.shardnet.ResolveUnavailable.$Properties): canopy.shardnet.ResolveUnavailable;

            /**
             * Encodes the specified ResolveUnavailable message. Does not implicitly {@link canopy.shardnet.ResolveUnavailable.verify|verify} messages.
             * @param message ResolveUnavailable message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardnet.ResolveUnavailable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ResolveUnavailable message, length delimited. Does not implicitly {@link canopy.shardnet.ResolveUnavailable.verify|verify} messages.
             * @param message ResolveUnavailable message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardnet.ResolveUnavailable.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ResolveUnavailable message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardnet.ResolveUnavailable & canopy.shardnet.ResolveUnavailable.$Shape} ResolveUnavailable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardnet.ResolveUnavailable & canopy.shardnet.ResolveUnavailable.$Shape;

            /**
             * Decodes a ResolveUnavailable message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardnet.ResolveUnavailable & canopy.shardnet.ResolveUnavailable.$Shape} ResolveUnavailable
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardnet.ResolveUnavailable & canopy.shardnet.ResolveUnavailable.$Shape;

            /**
             * Verifies a ResolveUnavailable message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ResolveUnavailable message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ResolveUnavailable
             */
            static fromObject(object: { [k: string]: any }): canopy.shardnet.ResolveUnavailable;

            /**
             * Creates a plain object from a ResolveUnavailable message. Also converts values to other types if specified.
             * @param message ResolveUnavailable
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardnet.ResolveUnavailable, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ResolveUnavailable to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ResolveUnavailable
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ResolveUnavailable {

            /** Properties of a ResolveUnavailable. */
            interface $Properties {

                /** ResolveUnavailable txId */
                txId?: (string|null);

                /** ResolveUnavailable replica */
                replica?: (string|null);

                /** ResolveUnavailable reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ResolveUnavailable. */
            type $Shape = canopy.shardnet.ResolveUnavailable.$Properties;
        }

        /**
         * Properties of an OutcomeQuery.
         * @deprecated Use canopy.shardnet.OutcomeQuery.$Properties instead.
         */
        interface IOutcomeQuery extends canopy.shardnet.OutcomeQuery.$Properties {
        }

        /** Represents an OutcomeQuery. */
        class OutcomeQuery {

            /**
             * Constructs a new OutcomeQuery.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardnet.OutcomeQuery.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OutcomeQuery txId. */
            txId: string;

            /** OutcomeQuery from. */
            from: string;

            /**
             * Creates a new OutcomeQuery instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OutcomeQuery instance
             */
            static create(properties: canopy.shardnet.OutcomeQuery.$Shape): canopy.shardnet.OutcomeQuery & canopy.shardnet.OutcomeQuery.$Shape;
            static create(properties?: canopy.shardnet.OutcomeQuery.$Properties): canopy.shardnet.OutcomeQuery;

            /**
             * Encodes the specified OutcomeQuery message. Does not implicitly {@link canopy.shardnet.OutcomeQuery.verify|verify} messages.
             * @param message OutcomeQuery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardnet.OutcomeQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OutcomeQuery message, length delimited. Does not implicitly {@link canopy.shardnet.OutcomeQuery.verify|verify} messages.
             * @param message OutcomeQuery message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardnet.OutcomeQuery.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OutcomeQuery message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardnet.OutcomeQuery & canopy.shardnet.OutcomeQuery.$Shape} OutcomeQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardnet.OutcomeQuery & canopy.shardnet.OutcomeQuery.$Shape;

            /**
             * Decodes an OutcomeQuery message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardnet.OutcomeQuery & canopy.shardnet.OutcomeQuery.$Shape} OutcomeQuery
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardnet.OutcomeQuery & canopy.shardnet.OutcomeQuery.$Shape;

            /**
             * Verifies an OutcomeQuery message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OutcomeQuery message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OutcomeQuery
             */
            static fromObject(object: { [k: string]: any }): canopy.shardnet.OutcomeQuery;

            /**
             * Creates a plain object from an OutcomeQuery message. Also converts values to other types if specified.
             * @param message OutcomeQuery
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardnet.OutcomeQuery, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OutcomeQuery to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for OutcomeQuery
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace OutcomeQuery {

            /** Properties of an OutcomeQuery. */
            interface $Properties {

                /** OutcomeQuery txId */
                txId?: (string|null);

                /** OutcomeQuery from */
                from?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OutcomeQuery. */
            type $Shape = canopy.shardnet.OutcomeQuery.$Properties;
        }

        /**
         * Properties of a PeerEnvelope.
         * @deprecated Use canopy.shardnet.PeerEnvelope.$Properties instead.
         */
        interface IPeerEnvelope extends canopy.shardnet.PeerEnvelope.$Properties {
        }

        /** Represents a PeerEnvelope. */
        class PeerEnvelope {

            /**
             * Constructs a new PeerEnvelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardnet.PeerEnvelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PeerEnvelope to. */
            to: string;

            /** PeerEnvelope resolveRequest. */
            resolveRequest?: (canopy.shardnet.ResolveRequest.$Properties|null);

            /** PeerEnvelope resolveAnswer. */
            resolveAnswer?: (canopy.shardnet.ResolveAnswer.$Properties|null);

            /** PeerEnvelope confirmRequest. */
            confirmRequest?: (canopy.shardnet.ConfirmRequest.$Properties|null);

            /** PeerEnvelope outcomeRecorded. */
            outcomeRecorded?: (canopy.shardnet.OutcomeRecorded.$Properties|null);

            /** PeerEnvelope resolveUnavailable. */
            resolveUnavailable?: (canopy.shardnet.ResolveUnavailable.$Properties|null);

            /** PeerEnvelope outcomeQuery. */
            outcomeQuery?: (canopy.shardnet.OutcomeQuery.$Properties|null);

            /** PeerEnvelope body. */
            body?: ("resolveRequest"|"resolveAnswer"|"confirmRequest"|"outcomeRecorded"|"resolveUnavailable"|"outcomeQuery");

            /**
             * Creates a new PeerEnvelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PeerEnvelope instance
             */
            static create(properties: canopy.shardnet.PeerEnvelope.$Shape): canopy.shardnet.PeerEnvelope & canopy.shardnet.PeerEnvelope.$Shape;
            static create(properties?: canopy.shardnet.PeerEnvelope.$Properties): canopy.shardnet.PeerEnvelope;

            /**
             * Encodes the specified PeerEnvelope message. Does not implicitly {@link canopy.shardnet.PeerEnvelope.verify|verify} messages.
             * @param message PeerEnvelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardnet.PeerEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PeerEnvelope message, length delimited. Does not implicitly {@link canopy.shardnet.PeerEnvelope.verify|verify} messages.
             * @param message PeerEnvelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardnet.PeerEnvelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PeerEnvelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardnet.PeerEnvelope & canopy.shardnet.PeerEnvelope.$Shape} PeerEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardnet.PeerEnvelope & canopy.shardnet.PeerEnvelope.$Shape;

            /**
             * Decodes a PeerEnvelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardnet.PeerEnvelope & canopy.shardnet.PeerEnvelope.$Shape} PeerEnvelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardnet.PeerEnvelope & canopy.shardnet.PeerEnvelope.$Shape;

            /**
             * Verifies a PeerEnvelope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PeerEnvelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PeerEnvelope
             */
            static fromObject(object: { [k: string]: any }): canopy.shardnet.PeerEnvelope;

            /**
             * Creates a plain object from a PeerEnvelope message. Also converts values to other types if specified.
             * @param message PeerEnvelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardnet.PeerEnvelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PeerEnvelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PeerEnvelope
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PeerEnvelope {

            /** Properties of a PeerEnvelope. */
            interface $Properties {

                /** PeerEnvelope to */
                to?: (string|null);

                /** PeerEnvelope resolveRequest */
                resolveRequest?: (canopy.shardnet.ResolveRequest.$Properties|null);

                /** PeerEnvelope resolveAnswer */
                resolveAnswer?: (canopy.shardnet.ResolveAnswer.$Properties|null);

                /** PeerEnvelope confirmRequest */
                confirmRequest?: (canopy.shardnet.ConfirmRequest.$Properties|null);

                /** PeerEnvelope outcomeRecorded */
                outcomeRecorded?: (canopy.shardnet.OutcomeRecorded.$Properties|null);

                /** PeerEnvelope resolveUnavailable */
                resolveUnavailable?: (canopy.shardnet.ResolveUnavailable.$Properties|null);

                /** PeerEnvelope outcomeQuery */
                outcomeQuery?: (canopy.shardnet.OutcomeQuery.$Properties|null);

                /** PeerEnvelope body */
                body?: ("resolveRequest"|"resolveAnswer"|"confirmRequest"|"outcomeRecorded"|"resolveUnavailable"|"outcomeQuery");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a PeerEnvelope. */
            type $Shape = {
              to?: string|null;
              resolveRequest?: canopy.shardnet.ResolveRequest.$Shape|null;
              resolveAnswer?: canopy.shardnet.ResolveAnswer.$Shape|null;
              confirmRequest?: canopy.shardnet.ConfirmRequest.$Shape|null;
              outcomeRecorded?: canopy.shardnet.OutcomeRecorded.$Shape|null;
              resolveUnavailable?: canopy.shardnet.ResolveUnavailable.$Shape|null;
              outcomeQuery?: canopy.shardnet.OutcomeQuery.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; resolveRequest?: null; resolveAnswer?: null; confirmRequest?: null; outcomeRecorded?: null; resolveUnavailable?: null; outcomeQuery?: null }|{ body?: "resolveRequest"; resolveRequest: canopy.shardnet.ResolveRequest.$Shape; resolveAnswer?: null; confirmRequest?: null; outcomeRecorded?: null; resolveUnavailable?: null; outcomeQuery?: null }|{ body?: "resolveAnswer"; resolveRequest?: null; resolveAnswer: canopy.shardnet.ResolveAnswer.$Shape; confirmRequest?: null; outcomeRecorded?: null; resolveUnavailable?: null; outcomeQuery?: null }|{ body?: "confirmRequest"; resolveRequest?: null; resolveAnswer?: null; confirmRequest: canopy.shardnet.ConfirmRequest.$Shape; outcomeRecorded?: null; resolveUnavailable?: null; outcomeQuery?: null }|{ body?: "outcomeRecorded"; resolveRequest?: null; resolveAnswer?: null; confirmRequest?: null; outcomeRecorded: canopy.shardnet.OutcomeRecorded.$Shape; resolveUnavailable?: null; outcomeQuery?: null }|{ body?: "resolveUnavailable"; resolveRequest?: null; resolveAnswer?: null; confirmRequest?: null; outcomeRecorded?: null; resolveUnavailable: canopy.shardnet.ResolveUnavailable.$Shape; outcomeQuery?: null }|{ body?: "outcomeQuery"; resolveRequest?: null; resolveAnswer?: null; confirmRequest?: null; outcomeRecorded?: null; resolveUnavailable?: null; outcomeQuery: canopy.shardnet.OutcomeQuery.$Shape })
            );
        }
    }

    /** Namespace shardservice. */
    namespace shardservice {

        /** CommitMode enum. */
        enum CommitMode {

            /** COMMIT_MODE_UNSPECIFIED value */
            COMMIT_MODE_UNSPECIFIED = 0,

            /** COMMIT_ON_READY value */
            COMMIT_ON_READY = 1,

            /** THREE_PHASE value */
            THREE_PHASE = 2
        }

        /** ReadMode enum. */
        enum ReadMode {

            /** READ_MODE_UNSPECIFIED value */
            READ_MODE_UNSPECIFIED = 0,

            /** LINEARIZABLE value */
            LINEARIZABLE = 1,

            /** LOCAL value */
            LOCAL = 2
        }

        /**
         * Properties of a Submit.
         * @deprecated Use canopy.shardservice.Submit.$Properties instead.
         */
        interface ISubmit extends canopy.shardservice.Submit.$Properties {
        }

        /** Represents a Submit. */
        class Submit {

            /**
             * Constructs a new Submit.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardservice.Submit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Submit txId. */
            txId: string;

            /** Submit modification. */
            modification: Uint8Array;

            /** Submit baseIndex. */
            baseIndex: (number|Long);

            /** Submit baseKnown. */
            baseKnown: boolean;

            /** Submit verifications. */
            verifications: string[];

            /** Submit participants. */
            participants: string[];

            /** Submit chainId. */
            chainId: string;

            /** Submit mode. */
            mode: canopy.shardservice.CommitMode;

            /**
             * Creates a new Submit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Submit instance
             */
            static create(properties: canopy.shardservice.Submit.$Shape): canopy.shardservice.Submit & canopy.shardservice.Submit.$Shape;
            static create(properties?: canopy.shardservice.Submit.$Properties): canopy.shardservice.Submit;

            /**
             * Encodes the specified Submit message. Does not implicitly {@link canopy.shardservice.Submit.verify|verify} messages.
             * @param message Submit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardservice.Submit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Submit message, length delimited. Does not implicitly {@link canopy.shardservice.Submit.verify|verify} messages.
             * @param message Submit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardservice.Submit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Submit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardservice.Submit & canopy.shardservice.Submit.$Shape} Submit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardservice.Submit & canopy.shardservice.Submit.$Shape;

            /**
             * Decodes a Submit message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardservice.Submit & canopy.shardservice.Submit.$Shape} Submit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardservice.Submit & canopy.shardservice.Submit.$Shape;

            /**
             * Verifies a Submit message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Submit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Submit
             */
            static fromObject(object: { [k: string]: any }): canopy.shardservice.Submit;

            /**
             * Creates a plain object from a Submit message. Also converts values to other types if specified.
             * @param message Submit
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardservice.Submit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Submit to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Submit
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Submit {

            /** Properties of a Submit. */
            interface $Properties {

                /** Submit txId */
                txId?: (string|null);

                /** Submit modification */
                modification?: (Uint8Array|null);

                /** Submit baseIndex */
                baseIndex?: (number|Long|null);

                /** Submit baseKnown */
                baseKnown?: (boolean|null);

                /** Submit verifications */
                verifications?: (string[]|null);

                /** Submit participants */
                participants?: (string[]|null);

                /** Submit chainId */
                chainId?: (string|null);

                /** Submit mode */
                mode?: (canopy.shardservice.CommitMode|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Submit. */
            type $Shape = canopy.shardservice.Submit.$Properties;
        }

        /**
         * Properties of a TxStep.
         * @deprecated Use canopy.shardservice.TxStep.$Properties instead.
         */
        interface ITxStep extends canopy.shardservice.TxStep.$Properties {
        }

        /** Represents a TxStep. */
        class TxStep {

            /**
             * Constructs a new TxStep.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardservice.TxStep.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TxStep txId. */
            txId: string;

            /**
             * Creates a new TxStep instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TxStep instance
             */
            static create(properties: canopy.shardservice.TxStep.$Shape): canopy.shardservice.TxStep & canopy.shardservice.TxStep.$Shape;
            static create(properties?: canopy.shardservice.TxStep.$Properties): canopy.shardservice.TxStep;

            /**
             * Encodes the specified TxStep message. Does not implicitly {@link canopy.shardservice.TxStep.verify|verify} messages.
             * @param message TxStep message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardservice.TxStep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TxStep message, length delimited. Does not implicitly {@link canopy.shardservice.TxStep.verify|verify} messages.
             * @param message TxStep message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardservice.TxStep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TxStep message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardservice.TxStep & canopy.shardservice.TxStep.$Shape} TxStep
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardservice.TxStep & canopy.shardservice.TxStep.$Shape;

            /**
             * Decodes a TxStep message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardservice.TxStep & canopy.shardservice.TxStep.$Shape} TxStep
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardservice.TxStep & canopy.shardservice.TxStep.$Shape;

            /**
             * Verifies a TxStep message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TxStep message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TxStep
             */
            static fromObject(object: { [k: string]: any }): canopy.shardservice.TxStep;

            /**
             * Creates a plain object from a TxStep message. Also converts values to other types if specified.
             * @param message TxStep
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardservice.TxStep, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TxStep to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TxStep
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TxStep {

            /** Properties of a TxStep. */
            interface $Properties {

                /** TxStep txId */
                txId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TxStep. */
            type $Shape = canopy.shardservice.TxStep.$Properties;
        }

        /**
         * Properties of a CloseChain.
         * @deprecated Use canopy.shardservice.CloseChain.$Properties instead.
         */
        interface ICloseChain extends canopy.shardservice.CloseChain.$Properties {
        }

        /** Represents a CloseChain. */
        class CloseChain {

            /**
             * Constructs a new CloseChain.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardservice.CloseChain.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CloseChain chainId. */
            chainId: string;

            /**
             * Creates a new CloseChain instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CloseChain instance
             */
            static create(properties: canopy.shardservice.CloseChain.$Shape): canopy.shardservice.CloseChain & canopy.shardservice.CloseChain.$Shape;
            static create(properties?: canopy.shardservice.CloseChain.$Properties): canopy.shardservice.CloseChain;

            /**
             * Encodes the specified CloseChain message. Does not implicitly {@link canopy.shardservice.CloseChain.verify|verify} messages.
             * @param message CloseChain message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardservice.CloseChain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CloseChain message, length delimited. Does not implicitly {@link canopy.shardservice.CloseChain.verify|verify} messages.
             * @param message CloseChain message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardservice.CloseChain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CloseChain message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardservice.CloseChain & canopy.shardservice.CloseChain.$Shape} CloseChain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardservice.CloseChain & canopy.shardservice.CloseChain.$Shape;

            /**
             * Decodes a CloseChain message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardservice.CloseChain & canopy.shardservice.CloseChain.$Shape} CloseChain
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardservice.CloseChain & canopy.shardservice.CloseChain.$Shape;

            /**
             * Verifies a CloseChain message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CloseChain message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CloseChain
             */
            static fromObject(object: { [k: string]: any }): canopy.shardservice.CloseChain;

            /**
             * Creates a plain object from a CloseChain message. Also converts values to other types if specified.
             * @param message CloseChain
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardservice.CloseChain, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CloseChain to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CloseChain
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CloseChain {

            /** Properties of a CloseChain. */
            interface $Properties {

                /** CloseChain chainId */
                chainId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CloseChain. */
            type $Shape = canopy.shardservice.CloseChain.$Properties;
        }

        /**
         * Properties of a Read.
         * @deprecated Use canopy.shardservice.Read.$Properties instead.
         */
        interface IRead extends canopy.shardservice.Read.$Properties {
        }

        /** Represents a Read. */
        class Read {

            /**
             * Constructs a new Read.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardservice.Read.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Read mode. */
            mode: canopy.shardservice.ReadMode;

            /**
             * Creates a new Read instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Read instance
             */
            static create(properties: canopy.shardservice.Read.$Shape): canopy.shardservice.Read & canopy.shardservice.Read.$Shape;
            static create(properties?: canopy.shardservice.Read.$Properties): canopy.shardservice.Read;

            /**
             * Encodes the specified Read message. Does not implicitly {@link canopy.shardservice.Read.verify|verify} messages.
             * @param message Read message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardservice.Read.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Read message, length delimited. Does not implicitly {@link canopy.shardservice.Read.verify|verify} messages.
             * @param message Read message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardservice.Read.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Read message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardservice.Read & canopy.shardservice.Read.$Shape} Read
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardservice.Read & canopy.shardservice.Read.$Shape;

            /**
             * Decodes a Read message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardservice.Read & canopy.shardservice.Read.$Shape} Read
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardservice.Read & canopy.shardservice.Read.$Shape;

            /**
             * Verifies a Read message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Read message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Read
             */
            static fromObject(object: { [k: string]: any }): canopy.shardservice.Read;

            /**
             * Creates a plain object from a Read message. Also converts values to other types if specified.
             * @param message Read
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardservice.Read, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Read to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Read
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Read {

            /** Properties of a Read. */
            interface $Properties {

                /** Read mode */
                mode?: (canopy.shardservice.ReadMode|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Read. */
            type $Shape = canopy.shardservice.Read.$Properties;
        }

        /**
         * Properties of a ShardRequest.
         * @deprecated Use canopy.shardservice.ShardRequest.$Properties instead.
         */
        interface IShardRequest extends canopy.shardservice.ShardRequest.$Properties {
        }

        /** Represents a ShardRequest. */
        class ShardRequest {

            /**
             * Constructs a new ShardRequest.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardservice.ShardRequest.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardRequest requestId. */
            requestId: (number|Long);

            /** ShardRequest replica. */
            replica: string;

            /** ShardRequest submit. */
            submit?: (canopy.shardservice.Submit.$Properties|null);

            /** ShardRequest canCommit. */
            canCommit?: (canopy.shardservice.TxStep.$Properties|null);

            /** ShardRequest preCommit. */
            preCommit?: (canopy.shardservice.TxStep.$Properties|null);

            /** ShardRequest commit. */
            commit?: (canopy.shardservice.TxStep.$Properties|null);

            /** ShardRequest abort. */
            abort?: (canopy.shardservice.TxStep.$Properties|null);

            /** ShardRequest closeChain. */
            closeChain?: (canopy.shardservice.CloseChain.$Properties|null);

            /** ShardRequest read. */
            read?: (canopy.shardservice.Read.$Properties|null);

            /** ShardRequest op. */
            op?: ("submit"|"canCommit"|"preCommit"|"commit"|"abort"|"closeChain"|"read");

            /**
             * Creates a new ShardRequest instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardRequest instance
             */
            static create(properties: canopy.shardservice.ShardRequest.$Shape): canopy.shardservice.ShardRequest & canopy.shardservice.ShardRequest.$Shape;
            static create(properties?: canopy.shardservice.ShardRequest.$Properties): canopy.shardservice.ShardRequest;

            /**
             * Encodes the specified ShardRequest message. Does not implicitly {@link canopy.shardservice.ShardRequest.verify|verify} messages.
             * @param message ShardRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardservice.ShardRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ShardRequest message, length delimited. Does not implicitly {@link canopy.shardservice.ShardRequest.verify|verify} messages.
             * @param message ShardRequest message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardservice.ShardRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardRequest message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardservice.ShardRequest & canopy.shardservice.ShardRequest.$Shape} ShardRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardservice.ShardRequest & canopy.shardservice.ShardRequest.$Shape;

            /**
             * Decodes a ShardRequest message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardservice.ShardRequest & canopy.shardservice.ShardRequest.$Shape} ShardRequest
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardservice.ShardRequest & canopy.shardservice.ShardRequest.$Shape;

            /**
             * Verifies a ShardRequest message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ShardRequest message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShardRequest
             */
            static fromObject(object: { [k: string]: any }): canopy.shardservice.ShardRequest;

            /**
             * Creates a plain object from a ShardRequest message. Also converts values to other types if specified.
             * @param message ShardRequest
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardservice.ShardRequest, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShardRequest to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ShardRequest
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardRequest {

            /** Properties of a ShardRequest. */
            interface $Properties {

                /** ShardRequest requestId */
                requestId?: (number|Long|null);

                /** ShardRequest replica */
                replica?: (string|null);

                /** ShardRequest submit */
                submit?: (canopy.shardservice.Submit.$Properties|null);

                /** ShardRequest canCommit */
                canCommit?: (canopy.shardservice.TxStep.$Properties|null);

                /** ShardRequest preCommit */
                preCommit?: (canopy.shardservice.TxStep.$Properties|null);

                /** ShardRequest commit */
                commit?: (canopy.shardservice.TxStep.$Properties|null);

                /** ShardRequest abort */
                abort?: (canopy.shardservice.TxStep.$Properties|null);

                /** ShardRequest closeChain */
                closeChain?: (canopy.shardservice.CloseChain.$Properties|null);

                /** ShardRequest read */
                read?: (canopy.shardservice.Read.$Properties|null);

                /** ShardRequest op */
                op?: ("submit"|"canCommit"|"preCommit"|"commit"|"abort"|"closeChain"|"read");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ShardRequest. */
            type $Shape = {
              requestId?: number|Long|null;
              replica?: string|null;
              submit?: canopy.shardservice.Submit.$Shape|null;
              canCommit?: canopy.shardservice.TxStep.$Shape|null;
              preCommit?: canopy.shardservice.TxStep.$Shape|null;
              commit?: canopy.shardservice.TxStep.$Shape|null;
              abort?: canopy.shardservice.TxStep.$Shape|null;
              closeChain?: canopy.shardservice.CloseChain.$Shape|null;
              read?: canopy.shardservice.Read.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ op?: undefined; submit?: null; canCommit?: null; preCommit?: null; commit?: null; abort?: null; closeChain?: null; read?: null }|{ op?: "submit"; submit: canopy.shardservice.Submit.$Shape; canCommit?: null; preCommit?: null; commit?: null; abort?: null; closeChain?: null; read?: null }|{ op?: "canCommit"; submit?: null; canCommit: canopy.shardservice.TxStep.$Shape; preCommit?: null; commit?: null; abort?: null; closeChain?: null; read?: null }|{ op?: "preCommit"; submit?: null; canCommit?: null; preCommit: canopy.shardservice.TxStep.$Shape; commit?: null; abort?: null; closeChain?: null; read?: null }|{ op?: "commit"; submit?: null; canCommit?: null; preCommit?: null; commit: canopy.shardservice.TxStep.$Shape; abort?: null; closeChain?: null; read?: null }|{ op?: "abort"; submit?: null; canCommit?: null; preCommit?: null; commit?: null; abort: canopy.shardservice.TxStep.$Shape; closeChain?: null; read?: null }|{ op?: "closeChain"; submit?: null; canCommit?: null; preCommit?: null; commit?: null; abort?: null; closeChain: canopy.shardservice.CloseChain.$Shape; read?: null }|{ op?: "read"; submit?: null; canCommit?: null; preCommit?: null; commit?: null; abort?: null; closeChain?: null; read: canopy.shardservice.Read.$Shape })
            );
        }

        /**
         * Properties of a PairMark.
         * @deprecated Use canopy.shardservice.PairMark.$Properties instead.
         */
        interface IPairMark extends canopy.shardservice.PairMark.$Properties {
        }

        /** Represents a PairMark. */
        class PairMark {

            /**
             * Constructs a new PairMark.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardservice.PairMark.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PairMark shard. */
            shard: string;

            /** PairMark txId. */
            txId: string;

            /** PairMark count. */
            count: (number|Long);

            /**
             * Creates a new PairMark instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PairMark instance
             */
            static create(properties: canopy.shardservice.PairMark.$Shape): canopy.shardservice.PairMark & canopy.shardservice.PairMark.$Shape;
            static create(properties?: canopy.shardservice.PairMark.$Properties): canopy.shardservice.PairMark;

            /**
             * Encodes the specified PairMark message. Does not implicitly {@link canopy.shardservice.PairMark.verify|verify} messages.
             * @param message PairMark message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardservice.PairMark.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PairMark message, length delimited. Does not implicitly {@link canopy.shardservice.PairMark.verify|verify} messages.
             * @param message PairMark message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardservice.PairMark.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PairMark message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardservice.PairMark & canopy.shardservice.PairMark.$Shape} PairMark
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardservice.PairMark & canopy.shardservice.PairMark.$Shape;

            /**
             * Decodes a PairMark message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardservice.PairMark & canopy.shardservice.PairMark.$Shape} PairMark
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardservice.PairMark & canopy.shardservice.PairMark.$Shape;

            /**
             * Verifies a PairMark message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PairMark message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PairMark
             */
            static fromObject(object: { [k: string]: any }): canopy.shardservice.PairMark;

            /**
             * Creates a plain object from a PairMark message. Also converts values to other types if specified.
             * @param message PairMark
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardservice.PairMark, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PairMark to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PairMark
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PairMark {

            /** Properties of a PairMark. */
            interface $Properties {

                /** PairMark shard */
                shard?: (string|null);

                /** PairMark txId */
                txId?: (string|null);

                /** PairMark count */
                count?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PairMark. */
            type $Shape = canopy.shardservice.PairMark.$Properties;
        }

        /**
         * Properties of a ReadResult.
         * @deprecated Use canopy.shardservice.ReadResult.$Properties instead.
         */
        interface IReadResult extends canopy.shardservice.ReadResult.$Properties {
        }

        /** Represents a ReadResult. */
        class ReadResult {

            /**
             * Constructs a new ReadResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardservice.ReadResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ReadResult tree. */
            tree: Uint8Array;

            /** ReadResult appliedIndex. */
            appliedIndex: (number|Long);

            /** ReadResult shard. */
            shard: string;

            /** ReadResult pairMarks. */
            pairMarks: canopy.shardservice.PairMark.$Properties[];

            /**
             * Creates a new ReadResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ReadResult instance
             */
            static create(properties: canopy.shardservice.ReadResult.$Shape): canopy.shardservice.ReadResult & canopy.shardservice.ReadResult.$Shape;
            static create(properties?: canopy.shardservice.ReadResult.$Properties): canopy.shardservice.ReadResult;

            /**
             * Encodes the specified ReadResult message. Does not implicitly {@link canopy.shardservice.ReadResult.verify|verify} messages.
             * @param message ReadResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardservice.ReadResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ReadResult message, length delimited. Does not implicitly {@link canopy.shardservice.ReadResult.verify|verify} messages.
             * @param message ReadResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardservice.ReadResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ReadResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardservice.ReadResult & canopy.shardservice.ReadResult.$Shape} ReadResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardservice.ReadResult & canopy.shardservice.ReadResult.$Shape;

            /**
             * Decodes a ReadResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardservice.ReadResult & canopy.shardservice.ReadResult.$Shape} ReadResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardservice.ReadResult & canopy.shardservice.ReadResult.$Shape;

            /**
             * Verifies a ReadResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ReadResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ReadResult
             */
            static fromObject(object: { [k: string]: any }): canopy.shardservice.ReadResult;

            /**
             * Creates a plain object from a ReadResult message. Also converts values to other types if specified.
             * @param message ReadResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardservice.ReadResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ReadResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ReadResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ReadResult {

            /** Properties of a ReadResult. */
            interface $Properties {

                /** ReadResult tree */
                tree?: (Uint8Array|null);

                /** ReadResult appliedIndex */
                appliedIndex?: (number|Long|null);

                /** ReadResult shard */
                shard?: (string|null);

                /** ReadResult pairMarks */
                pairMarks?: (canopy.shardservice.PairMark.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ReadResult. */
            type $Shape = canopy.shardservice.ReadResult.$Properties;
        }

        /**
         * Properties of a ShardError.
         * @deprecated Use canopy.shardservice.ShardError.$Properties instead.
         */
        interface IShardError extends canopy.shardservice.ShardError.$Properties {
        }

        /** Represents a ShardError. */
        class ShardError {

            /**
             * Constructs a new ShardError.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardservice.ShardError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardError code. */
            code: string;

            /** ShardError message. */
            message: string;

            /** ShardError shard. */
            shard: string;

            /** ShardError transaction. */
            transaction: string;

            /** ShardError path. */
            path: string;

            /** ShardError reason. */
            reason: string;

            /** ShardError leaderReplica. */
            leaderReplica: string;

            /** ShardError leaderMember. */
            leaderMember: string;

            /** ShardError number. */
            number: (number|Long);

            /** ShardError names. */
            names: string[];

            /** ShardError detail. */
            detail: string;

            /**
             * Creates a new ShardError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardError instance
             */
            static create(properties: canopy.shardservice.ShardError.$Shape): canopy.shardservice.ShardError & canopy.shardservice.ShardError.$Shape;
            static create(properties?: canopy.shardservice.ShardError.$Properties): canopy.shardservice.ShardError;

            /**
             * Encodes the specified ShardError message. Does not implicitly {@link canopy.shardservice.ShardError.verify|verify} messages.
             * @param message ShardError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardservice.ShardError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ShardError message, length delimited. Does not implicitly {@link canopy.shardservice.ShardError.verify|verify} messages.
             * @param message ShardError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardservice.ShardError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardError message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardservice.ShardError & canopy.shardservice.ShardError.$Shape} ShardError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardservice.ShardError & canopy.shardservice.ShardError.$Shape;

            /**
             * Decodes a ShardError message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardservice.ShardError & canopy.shardservice.ShardError.$Shape} ShardError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardservice.ShardError & canopy.shardservice.ShardError.$Shape;

            /**
             * Verifies a ShardError message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ShardError message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShardError
             */
            static fromObject(object: { [k: string]: any }): canopy.shardservice.ShardError;

            /**
             * Creates a plain object from a ShardError message. Also converts values to other types if specified.
             * @param message ShardError
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardservice.ShardError, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShardError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ShardError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardError {

            /** Properties of a ShardError. */
            interface $Properties {

                /** ShardError code */
                code?: (string|null);

                /** ShardError message */
                message?: (string|null);

                /** ShardError shard */
                shard?: (string|null);

                /** ShardError transaction */
                transaction?: (string|null);

                /** ShardError path */
                path?: (string|null);

                /** ShardError reason */
                reason?: (string|null);

                /** ShardError leaderReplica */
                leaderReplica?: (string|null);

                /** ShardError leaderMember */
                leaderMember?: (string|null);

                /** ShardError number */
                number?: (number|Long|null);

                /** ShardError names */
                names?: (string[]|null);

                /** ShardError detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ShardError. */
            type $Shape = canopy.shardservice.ShardError.$Properties;
        }

        /**
         * Properties of an Ok.
         * @deprecated Use canopy.shardservice.Ok.$Properties instead.
         */
        interface IOk extends canopy.shardservice.Ok.$Properties {
        }

        /** Represents an Ok. */
        class Ok {

            /**
             * Constructs a new Ok.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardservice.Ok.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Ok instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ok instance
             */
            static create(properties: canopy.shardservice.Ok.$Shape): canopy.shardservice.Ok & canopy.shardservice.Ok.$Shape;
            static create(properties?: canopy.shardservice.Ok.$Properties): canopy.shardservice.Ok;

            /**
             * Encodes the specified Ok message. Does not implicitly {@link canopy.shardservice.Ok.verify|verify} messages.
             * @param message Ok message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardservice.Ok.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ok message, length delimited. Does not implicitly {@link canopy.shardservice.Ok.verify|verify} messages.
             * @param message Ok message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardservice.Ok.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ok message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardservice.Ok & canopy.shardservice.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardservice.Ok & canopy.shardservice.Ok.$Shape;

            /**
             * Decodes an Ok message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardservice.Ok & canopy.shardservice.Ok.$Shape} Ok
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardservice.Ok & canopy.shardservice.Ok.$Shape;

            /**
             * Verifies an Ok message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Ok message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ok
             */
            static fromObject(object: { [k: string]: any }): canopy.shardservice.Ok;

            /**
             * Creates a plain object from an Ok message. Also converts values to other types if specified.
             * @param message Ok
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardservice.Ok, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ok to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Ok
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Ok {

            /** Properties of an Ok. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ok. */
            type $Shape = canopy.shardservice.Ok.$Properties;
        }

        /**
         * Properties of a ShardAnswer.
         * @deprecated Use canopy.shardservice.ShardAnswer.$Properties instead.
         */
        interface IShardAnswer extends canopy.shardservice.ShardAnswer.$Properties {
        }

        /** Represents a ShardAnswer. */
        class ShardAnswer {

            /**
             * Constructs a new ShardAnswer.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shardservice.ShardAnswer.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ShardAnswer requestId. */
            requestId: (number|Long);

            /** ShardAnswer ok. */
            ok?: (canopy.shardservice.Ok.$Properties|null);

            /** ShardAnswer read. */
            read?: (canopy.shardservice.ReadResult.$Properties|null);

            /** ShardAnswer error. */
            error?: (canopy.shardservice.ShardError.$Properties|null);

            /** ShardAnswer result. */
            result?: ("ok"|"read"|"error");

            /**
             * Creates a new ShardAnswer instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ShardAnswer instance
             */
            static create(properties: canopy.shardservice.ShardAnswer.$Shape): canopy.shardservice.ShardAnswer & canopy.shardservice.ShardAnswer.$Shape;
            static create(properties?: canopy.shardservice.ShardAnswer.$Properties): canopy.shardservice.ShardAnswer;

            /**
             * Encodes the specified ShardAnswer message. Does not implicitly {@link canopy.shardservice.ShardAnswer.verify|verify} messages.
             * @param message ShardAnswer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shardservice.ShardAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ShardAnswer message, length delimited. Does not implicitly {@link canopy.shardservice.ShardAnswer.verify|verify} messages.
             * @param message ShardAnswer message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shardservice.ShardAnswer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ShardAnswer message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shardservice.ShardAnswer & canopy.shardservice.ShardAnswer.$Shape} ShardAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shardservice.ShardAnswer & canopy.shardservice.ShardAnswer.$Shape;

            /**
             * Decodes a ShardAnswer message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shardservice.ShardAnswer & canopy.shardservice.ShardAnswer.$Shape} ShardAnswer
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shardservice.ShardAnswer & canopy.shardservice.ShardAnswer.$Shape;

            /**
             * Verifies a ShardAnswer message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ShardAnswer message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ShardAnswer
             */
            static fromObject(object: { [k: string]: any }): canopy.shardservice.ShardAnswer;

            /**
             * Creates a plain object from a ShardAnswer message. Also converts values to other types if specified.
             * @param message ShardAnswer
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shardservice.ShardAnswer, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ShardAnswer to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ShardAnswer
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ShardAnswer {

            /** Properties of a ShardAnswer. */
            interface $Properties {

                /** ShardAnswer requestId */
                requestId?: (number|Long|null);

                /** ShardAnswer ok */
                ok?: (canopy.shardservice.Ok.$Properties|null);

                /** ShardAnswer read */
                read?: (canopy.shardservice.ReadResult.$Properties|null);

                /** ShardAnswer error */
                error?: (canopy.shardservice.ShardError.$Properties|null);

                /** ShardAnswer result */
                result?: ("ok"|"read"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ShardAnswer. */
            type $Shape = {
              requestId?: number|Long|null;
              ok?: canopy.shardservice.Ok.$Shape|null;
              read?: canopy.shardservice.ReadResult.$Shape|null;
              error?: canopy.shardservice.ShardError.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ result?: undefined; ok?: null; read?: null; error?: null }|{ result?: "ok"; ok: canopy.shardservice.Ok.$Shape; read?: null; error?: null }|{ result?: "read"; ok?: null; read: canopy.shardservice.ReadResult.$Shape; error?: null }|{ result?: "error"; ok?: null; read?: null; error: canopy.shardservice.ShardError.$Shape })
            );
        }
    }

    /** Namespace shard. */
    namespace shard {

        /**
         * Properties of a Commit.
         * @deprecated Use canopy.shard.Commit.$Properties instead.
         */
        interface ICommit extends canopy.shard.Commit.$Properties {
        }

        /** Represents a Commit. */
        class Commit {

            /**
             * Constructs a new Commit.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shard.Commit.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Commit txId. */
            txId: string;

            /** Commit ops. */
            ops: Uint8Array;

            /**
             * Creates a new Commit instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Commit instance
             */
            static create(properties: canopy.shard.Commit.$Shape): canopy.shard.Commit & canopy.shard.Commit.$Shape;
            static create(properties?: canopy.shard.Commit.$Properties): canopy.shard.Commit;

            /**
             * Encodes the specified Commit message. Does not implicitly {@link canopy.shard.Commit.verify|verify} messages.
             * @param message Commit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shard.Commit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Commit message, length delimited. Does not implicitly {@link canopy.shard.Commit.verify|verify} messages.
             * @param message Commit message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shard.Commit.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Commit message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shard.Commit & canopy.shard.Commit.$Shape} Commit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shard.Commit & canopy.shard.Commit.$Shape;

            /**
             * Decodes a Commit message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shard.Commit & canopy.shard.Commit.$Shape} Commit
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shard.Commit & canopy.shard.Commit.$Shape;

            /**
             * Verifies a Commit message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Commit message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Commit
             */
            static fromObject(object: { [k: string]: any }): canopy.shard.Commit;

            /**
             * Creates a plain object from a Commit message. Also converts values to other types if specified.
             * @param message Commit
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shard.Commit, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Commit to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Commit
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Commit {

            /** Properties of a Commit. */
            interface $Properties {

                /** Commit txId */
                txId?: (string|null);

                /** Commit ops */
                ops?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Commit. */
            type $Shape = canopy.shard.Commit.$Properties;
        }

        /**
         * Properties of a Prepare.
         * @deprecated Use canopy.shard.Prepare.$Properties instead.
         */
        interface IPrepare extends canopy.shard.Prepare.$Properties {
        }

        /** Represents a Prepare. */
        class Prepare {

            /**
             * Constructs a new Prepare.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shard.Prepare.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Prepare txId. */
            txId: string;

            /** Prepare ops. */
            ops: Uint8Array;

            /** Prepare participants. */
            participants: string[];

            /** Prepare coordinator. */
            coordinator: string;

            /**
             * Creates a new Prepare instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Prepare instance
             */
            static create(properties: canopy.shard.Prepare.$Shape): canopy.shard.Prepare & canopy.shard.Prepare.$Shape;
            static create(properties?: canopy.shard.Prepare.$Properties): canopy.shard.Prepare;

            /**
             * Encodes the specified Prepare message. Does not implicitly {@link canopy.shard.Prepare.verify|verify} messages.
             * @param message Prepare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shard.Prepare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Prepare message, length delimited. Does not implicitly {@link canopy.shard.Prepare.verify|verify} messages.
             * @param message Prepare message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shard.Prepare.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Prepare message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shard.Prepare & canopy.shard.Prepare.$Shape} Prepare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shard.Prepare & canopy.shard.Prepare.$Shape;

            /**
             * Decodes a Prepare message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shard.Prepare & canopy.shard.Prepare.$Shape} Prepare
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shard.Prepare & canopy.shard.Prepare.$Shape;

            /**
             * Verifies a Prepare message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Prepare message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Prepare
             */
            static fromObject(object: { [k: string]: any }): canopy.shard.Prepare;

            /**
             * Creates a plain object from a Prepare message. Also converts values to other types if specified.
             * @param message Prepare
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shard.Prepare, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Prepare to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Prepare
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Prepare {

            /** Properties of a Prepare. */
            interface $Properties {

                /** Prepare txId */
                txId?: (string|null);

                /** Prepare ops */
                ops?: (Uint8Array|null);

                /** Prepare participants */
                participants?: (string[]|null);

                /** Prepare coordinator */
                coordinator?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Prepare. */
            type $Shape = canopy.shard.Prepare.$Properties;
        }

        /**
         * Properties of a CommitDecision.
         * @deprecated Use canopy.shard.CommitDecision.$Properties instead.
         */
        interface ICommitDecision extends canopy.shard.CommitDecision.$Properties {
        }

        /** Represents a CommitDecision. */
        class CommitDecision {

            /**
             * Constructs a new CommitDecision.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shard.CommitDecision.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommitDecision txId. */
            txId: string;

            /** CommitDecision ops. */
            ops: Uint8Array;

            /** CommitDecision participants. */
            participants: string[];

            /**
             * Creates a new CommitDecision instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommitDecision instance
             */
            static create(properties: canopy.shard.CommitDecision.$Shape): canopy.shard.CommitDecision & canopy.shard.CommitDecision.$Shape;
            static create(properties?: canopy.shard.CommitDecision.$Properties): canopy.shard.CommitDecision;

            /**
             * Encodes the specified CommitDecision message. Does not implicitly {@link canopy.shard.CommitDecision.verify|verify} messages.
             * @param message CommitDecision message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shard.CommitDecision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CommitDecision message, length delimited. Does not implicitly {@link canopy.shard.CommitDecision.verify|verify} messages.
             * @param message CommitDecision message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shard.CommitDecision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommitDecision message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shard.CommitDecision & canopy.shard.CommitDecision.$Shape} CommitDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shard.CommitDecision & canopy.shard.CommitDecision.$Shape;

            /**
             * Decodes a CommitDecision message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shard.CommitDecision & canopy.shard.CommitDecision.$Shape} CommitDecision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shard.CommitDecision & canopy.shard.CommitDecision.$Shape;

            /**
             * Verifies a CommitDecision message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CommitDecision message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CommitDecision
             */
            static fromObject(object: { [k: string]: any }): canopy.shard.CommitDecision;

            /**
             * Creates a plain object from a CommitDecision message. Also converts values to other types if specified.
             * @param message CommitDecision
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shard.CommitDecision, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommitDecision to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommitDecision
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommitDecision {

            /** Properties of a CommitDecision. */
            interface $Properties {

                /** CommitDecision txId */
                txId?: (string|null);

                /** CommitDecision ops */
                ops?: (Uint8Array|null);

                /** CommitDecision participants */
                participants?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommitDecision. */
            type $Shape = canopy.shard.CommitDecision.$Properties;
        }

        /**
         * Properties of a CommitPrepared.
         * @deprecated Use canopy.shard.CommitPrepared.$Properties instead.
         */
        interface ICommitPrepared extends canopy.shard.CommitPrepared.$Properties {
        }

        /** Represents a CommitPrepared. */
        class CommitPrepared {

            /**
             * Constructs a new CommitPrepared.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shard.CommitPrepared.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommitPrepared txId. */
            txId: string;

            /**
             * Creates a new CommitPrepared instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommitPrepared instance
             */
            static create(properties: canopy.shard.CommitPrepared.$Shape): canopy.shard.CommitPrepared & canopy.shard.CommitPrepared.$Shape;
            static create(properties?: canopy.shard.CommitPrepared.$Properties): canopy.shard.CommitPrepared;

            /**
             * Encodes the specified CommitPrepared message. Does not implicitly {@link canopy.shard.CommitPrepared.verify|verify} messages.
             * @param message CommitPrepared message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shard.CommitPrepared.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CommitPrepared message, length delimited. Does not implicitly {@link canopy.shard.CommitPrepared.verify|verify} messages.
             * @param message CommitPrepared message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shard.CommitPrepared.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommitPrepared message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shard.CommitPrepared & canopy.shard.CommitPrepared.$Shape} CommitPrepared
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shard.CommitPrepared & canopy.shard.CommitPrepared.$Shape;

            /**
             * Decodes a CommitPrepared message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shard.CommitPrepared & canopy.shard.CommitPrepared.$Shape} CommitPrepared
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shard.CommitPrepared & canopy.shard.CommitPrepared.$Shape;

            /**
             * Verifies a CommitPrepared message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CommitPrepared message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CommitPrepared
             */
            static fromObject(object: { [k: string]: any }): canopy.shard.CommitPrepared;

            /**
             * Creates a plain object from a CommitPrepared message. Also converts values to other types if specified.
             * @param message CommitPrepared
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shard.CommitPrepared, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommitPrepared to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommitPrepared
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommitPrepared {

            /** Properties of a CommitPrepared. */
            interface $Properties {

                /** CommitPrepared txId */
                txId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommitPrepared. */
            type $Shape = canopy.shard.CommitPrepared.$Properties;
        }

        /**
         * Properties of an AbortPrepared.
         * @deprecated Use canopy.shard.AbortPrepared.$Properties instead.
         */
        interface IAbortPrepared extends canopy.shard.AbortPrepared.$Properties {
        }

        /** Represents an AbortPrepared. */
        class AbortPrepared {

            /**
             * Constructs a new AbortPrepared.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shard.AbortPrepared.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AbortPrepared txId. */
            txId: string;

            /**
             * Creates a new AbortPrepared instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AbortPrepared instance
             */
            static create(properties: canopy.shard.AbortPrepared.$Shape): canopy.shard.AbortPrepared & canopy.shard.AbortPrepared.$Shape;
            static create(properties?: canopy.shard.AbortPrepared.$Properties): canopy.shard.AbortPrepared;

            /**
             * Encodes the specified AbortPrepared message. Does not implicitly {@link canopy.shard.AbortPrepared.verify|verify} messages.
             * @param message AbortPrepared message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shard.AbortPrepared.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AbortPrepared message, length delimited. Does not implicitly {@link canopy.shard.AbortPrepared.verify|verify} messages.
             * @param message AbortPrepared message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shard.AbortPrepared.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AbortPrepared message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shard.AbortPrepared & canopy.shard.AbortPrepared.$Shape} AbortPrepared
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shard.AbortPrepared & canopy.shard.AbortPrepared.$Shape;

            /**
             * Decodes an AbortPrepared message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shard.AbortPrepared & canopy.shard.AbortPrepared.$Shape} AbortPrepared
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shard.AbortPrepared & canopy.shard.AbortPrepared.$Shape;

            /**
             * Verifies an AbortPrepared message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AbortPrepared message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AbortPrepared
             */
            static fromObject(object: { [k: string]: any }): canopy.shard.AbortPrepared;

            /**
             * Creates a plain object from an AbortPrepared message. Also converts values to other types if specified.
             * @param message AbortPrepared
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shard.AbortPrepared, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AbortPrepared to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for AbortPrepared
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace AbortPrepared {

            /** Properties of an AbortPrepared. */
            interface $Properties {

                /** AbortPrepared txId */
                txId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AbortPrepared. */
            type $Shape = canopy.shard.AbortPrepared.$Properties;
        }

        /**
         * Properties of a Forget.
         * @deprecated Use canopy.shard.Forget.$Properties instead.
         */
        interface IForget extends canopy.shard.Forget.$Properties {
        }

        /** Represents a Forget. */
        class Forget {

            /**
             * Constructs a new Forget.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shard.Forget.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Forget txIds. */
            txIds: string[];

            /**
             * Creates a new Forget instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Forget instance
             */
            static create(properties: canopy.shard.Forget.$Shape): canopy.shard.Forget & canopy.shard.Forget.$Shape;
            static create(properties?: canopy.shard.Forget.$Properties): canopy.shard.Forget;

            /**
             * Encodes the specified Forget message. Does not implicitly {@link canopy.shard.Forget.verify|verify} messages.
             * @param message Forget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shard.Forget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Forget message, length delimited. Does not implicitly {@link canopy.shard.Forget.verify|verify} messages.
             * @param message Forget message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shard.Forget.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Forget message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shard.Forget & canopy.shard.Forget.$Shape} Forget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shard.Forget & canopy.shard.Forget.$Shape;

            /**
             * Decodes a Forget message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shard.Forget & canopy.shard.Forget.$Shape} Forget
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shard.Forget & canopy.shard.Forget.$Shape;

            /**
             * Verifies a Forget message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Forget message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Forget
             */
            static fromObject(object: { [k: string]: any }): canopy.shard.Forget;

            /**
             * Creates a plain object from a Forget message. Also converts values to other types if specified.
             * @param message Forget
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shard.Forget, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Forget to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Forget
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Forget {

            /** Properties of a Forget. */
            interface $Properties {

                /** Forget txIds */
                txIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Forget. */
            type $Shape = canopy.shard.Forget.$Properties;
        }

        /**
         * Properties of a Payload.
         * @deprecated Use canopy.shard.Payload.$Properties instead.
         */
        interface IPayload extends canopy.shard.Payload.$Properties {
        }

        /** Represents a Payload. */
        class Payload {

            /**
             * Constructs a new Payload.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shard.Payload.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Payload commit. */
            commit?: (canopy.shard.Commit.$Properties|null);

            /** Payload prepare. */
            prepare?: (canopy.shard.Prepare.$Properties|null);

            /** Payload commitDecision. */
            commitDecision?: (canopy.shard.CommitDecision.$Properties|null);

            /** Payload commitPrepared. */
            commitPrepared?: (canopy.shard.CommitPrepared.$Properties|null);

            /** Payload abortPrepared. */
            abortPrepared?: (canopy.shard.AbortPrepared.$Properties|null);

            /** Payload forget. */
            forget?: (canopy.shard.Forget.$Properties|null);

            /** Payload record. */
            record?: ("commit"|"prepare"|"commitDecision"|"commitPrepared"|"abortPrepared"|"forget");

            /**
             * Creates a new Payload instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Payload instance
             */
            static create(properties: canopy.shard.Payload.$Shape): canopy.shard.Payload & canopy.shard.Payload.$Shape;
            static create(properties?: canopy.shard.Payload.$Properties): canopy.shard.Payload;

            /**
             * Encodes the specified Payload message. Does not implicitly {@link canopy.shard.Payload.verify|verify} messages.
             * @param message Payload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shard.Payload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Payload message, length delimited. Does not implicitly {@link canopy.shard.Payload.verify|verify} messages.
             * @param message Payload message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shard.Payload.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Payload message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shard.Payload & canopy.shard.Payload.$Shape} Payload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shard.Payload & canopy.shard.Payload.$Shape;

            /**
             * Decodes a Payload message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shard.Payload & canopy.shard.Payload.$Shape} Payload
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shard.Payload & canopy.shard.Payload.$Shape;

            /**
             * Verifies a Payload message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Payload message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Payload
             */
            static fromObject(object: { [k: string]: any }): canopy.shard.Payload;

            /**
             * Creates a plain object from a Payload message. Also converts values to other types if specified.
             * @param message Payload
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shard.Payload, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Payload to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Payload
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Payload {

            /** Properties of a Payload. */
            interface $Properties {

                /** Payload commit */
                commit?: (canopy.shard.Commit.$Properties|null);

                /** Payload prepare */
                prepare?: (canopy.shard.Prepare.$Properties|null);

                /** Payload commitDecision */
                commitDecision?: (canopy.shard.CommitDecision.$Properties|null);

                /** Payload commitPrepared */
                commitPrepared?: (canopy.shard.CommitPrepared.$Properties|null);

                /** Payload abortPrepared */
                abortPrepared?: (canopy.shard.AbortPrepared.$Properties|null);

                /** Payload forget */
                forget?: (canopy.shard.Forget.$Properties|null);

                /** Payload record */
                record?: ("commit"|"prepare"|"commitDecision"|"commitPrepared"|"abortPrepared"|"forget");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Payload. */
            type $Shape = {
              commit?: canopy.shard.Commit.$Shape|null;
              prepare?: canopy.shard.Prepare.$Shape|null;
              commitDecision?: canopy.shard.CommitDecision.$Shape|null;
              commitPrepared?: canopy.shard.CommitPrepared.$Shape|null;
              abortPrepared?: canopy.shard.AbortPrepared.$Shape|null;
              forget?: canopy.shard.Forget.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ record?: undefined; commit?: null; prepare?: null; commitDecision?: null; commitPrepared?: null; abortPrepared?: null; forget?: null }|{ record?: "commit"; commit: canopy.shard.Commit.$Shape; prepare?: null; commitDecision?: null; commitPrepared?: null; abortPrepared?: null; forget?: null }|{ record?: "prepare"; commit?: null; prepare: canopy.shard.Prepare.$Shape; commitDecision?: null; commitPrepared?: null; abortPrepared?: null; forget?: null }|{ record?: "commitDecision"; commit?: null; prepare?: null; commitDecision: canopy.shard.CommitDecision.$Shape; commitPrepared?: null; abortPrepared?: null; forget?: null }|{ record?: "commitPrepared"; commit?: null; prepare?: null; commitDecision?: null; commitPrepared: canopy.shard.CommitPrepared.$Shape; abortPrepared?: null; forget?: null }|{ record?: "abortPrepared"; commit?: null; prepare?: null; commitDecision?: null; commitPrepared?: null; abortPrepared: canopy.shard.AbortPrepared.$Shape; forget?: null }|{ record?: "forget"; commit?: null; prepare?: null; commitDecision?: null; commitPrepared?: null; abortPrepared?: null; forget: canopy.shard.Forget.$Shape })
            );
        }

        /**
         * Properties of a Decision.
         * @deprecated Use canopy.shard.Decision.$Properties instead.
         */
        interface IDecision extends canopy.shard.Decision.$Properties {
        }

        /** Represents a Decision. */
        class Decision {

            /**
             * Constructs a new Decision.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shard.Decision.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Decision txId. */
            txId: string;

            /** Decision participants. */
            participants: string[];

            /**
             * Creates a new Decision instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Decision instance
             */
            static create(properties: canopy.shard.Decision.$Shape): canopy.shard.Decision & canopy.shard.Decision.$Shape;
            static create(properties?: canopy.shard.Decision.$Properties): canopy.shard.Decision;

            /**
             * Encodes the specified Decision message. Does not implicitly {@link canopy.shard.Decision.verify|verify} messages.
             * @param message Decision message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shard.Decision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Decision message, length delimited. Does not implicitly {@link canopy.shard.Decision.verify|verify} messages.
             * @param message Decision message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shard.Decision.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Decision message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shard.Decision & canopy.shard.Decision.$Shape} Decision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shard.Decision & canopy.shard.Decision.$Shape;

            /**
             * Decodes a Decision message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shard.Decision & canopy.shard.Decision.$Shape} Decision
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shard.Decision & canopy.shard.Decision.$Shape;

            /**
             * Verifies a Decision message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Decision message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Decision
             */
            static fromObject(object: { [k: string]: any }): canopy.shard.Decision;

            /**
             * Creates a plain object from a Decision message. Also converts values to other types if specified.
             * @param message Decision
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shard.Decision, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Decision to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Decision
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Decision {

            /** Properties of a Decision. */
            interface $Properties {

                /** Decision txId */
                txId?: (string|null);

                /** Decision participants */
                participants?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Decision. */
            type $Shape = canopy.shard.Decision.$Properties;
        }

        /**
         * Properties of an Image.
         * @deprecated Use canopy.shard.Image.$Properties instead.
         */
        interface IImage extends canopy.shard.Image.$Properties {
        }

        /** Represents an Image. */
        class Image {

            /**
             * Constructs a new Image.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shard.Image.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Image format. */
            format: number;

            /** Image tree. */
            tree: Uint8Array;

            /** Image prepared. */
            prepared: canopy.shard.Prepare.$Properties[];

            /** Image decisions. */
            decisions: canopy.shard.Decision.$Properties[];

            /** Image pairMarks. */
            pairMarks: canopy.shard.PairMark.$Properties[];

            /**
             * Creates a new Image instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Image instance
             */
            static create(properties: canopy.shard.Image.$Shape): canopy.shard.Image & canopy.shard.Image.$Shape;
            static create(properties?: canopy.shard.Image.$Properties): canopy.shard.Image;

            /**
             * Encodes the specified Image message. Does not implicitly {@link canopy.shard.Image.verify|verify} messages.
             * @param message Image message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shard.Image.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Image message, length delimited. Does not implicitly {@link canopy.shard.Image.verify|verify} messages.
             * @param message Image message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shard.Image.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Image message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shard.Image & canopy.shard.Image.$Shape} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shard.Image & canopy.shard.Image.$Shape;

            /**
             * Decodes an Image message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shard.Image & canopy.shard.Image.$Shape} Image
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shard.Image & canopy.shard.Image.$Shape;

            /**
             * Verifies an Image message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Image message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Image
             */
            static fromObject(object: { [k: string]: any }): canopy.shard.Image;

            /**
             * Creates a plain object from an Image message. Also converts values to other types if specified.
             * @param message Image
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shard.Image, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Image to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Image
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Image {

            /** Properties of an Image. */
            interface $Properties {

                /** Image format */
                format?: (number|null);

                /** Image tree */
                tree?: (Uint8Array|null);

                /** Image prepared */
                prepared?: (canopy.shard.Prepare.$Properties[]|null);

                /** Image decisions */
                decisions?: (canopy.shard.Decision.$Properties[]|null);

                /** Image pairMarks */
                pairMarks?: (canopy.shard.PairMark.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Image. */
            type $Shape = canopy.shard.Image.$Properties;
        }

        /**
         * Properties of a PairMark.
         * @deprecated Use canopy.shard.PairMark.$Properties instead.
         */
        interface IPairMark extends canopy.shard.PairMark.$Properties {
        }

        /** Represents a PairMark. */
        class PairMark {

            /**
             * Constructs a new PairMark.
             * @param [properties] Properties to set
             */
            constructor(properties?: canopy.shard.PairMark.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PairMark shard. */
            shard: string;

            /** PairMark txId. */
            txId: string;

            /** PairMark count. */
            count: (number|Long);

            /**
             * Creates a new PairMark instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PairMark instance
             */
            static create(properties: canopy.shard.PairMark.$Shape): canopy.shard.PairMark & canopy.shard.PairMark.$Shape;
            static create(properties?: canopy.shard.PairMark.$Properties): canopy.shard.PairMark;

            /**
             * Encodes the specified PairMark message. Does not implicitly {@link canopy.shard.PairMark.verify|verify} messages.
             * @param message PairMark message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: canopy.shard.PairMark.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PairMark message, length delimited. Does not implicitly {@link canopy.shard.PairMark.verify|verify} messages.
             * @param message PairMark message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: canopy.shard.PairMark.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PairMark message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {canopy.shard.PairMark & canopy.shard.PairMark.$Shape} PairMark
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): canopy.shard.PairMark & canopy.shard.PairMark.$Shape;

            /**
             * Decodes a PairMark message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {canopy.shard.PairMark & canopy.shard.PairMark.$Shape} PairMark
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): canopy.shard.PairMark & canopy.shard.PairMark.$Shape;

            /**
             * Verifies a PairMark message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PairMark message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PairMark
             */
            static fromObject(object: { [k: string]: any }): canopy.shard.PairMark;

            /**
             * Creates a plain object from a PairMark message. Also converts values to other types if specified.
             * @param message PairMark
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: canopy.shard.PairMark, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PairMark to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PairMark
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PairMark {

            /** Properties of a PairMark. */
            interface $Properties {

                /** PairMark shard */
                shard?: (string|null);

                /** PairMark txId */
                txId?: (string|null);

                /** PairMark count */
                count?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PairMark. */
            type $Shape = canopy.shard.PairMark.$Properties;
        }
    }
}
