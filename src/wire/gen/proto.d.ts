import * as $protobuf from "protobufjs";
import Long = require("long");

