package io.github.vaeexplorer.export;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

import onnx.Onnx.AttributeProto;
import onnx.Onnx.GraphProto;
import onnx.Onnx.ModelProto;
import onnx.Onnx.NodeProto;
import onnx.Onnx.OperatorSetIdProto;
import onnx.Onnx.TensorProto;
import onnx.Onnx.TensorShapeProto;
import onnx.Onnx.TypeProto;
import onnx.Onnx.ValueInfoProto;

import org.nd4j.shade.protobuf.ByteString;

/**
 * One ONNX graph being built: float inputs and outputs with a free batch axis, float and int64 initializers, and
 * standard nodes, serialised as an ONNX {@code ModelProto} of IR version {@value #IR_VERSION} importing the default
 * domain at opset {@value #OPSET}. The protobuf classes are ONNX's own {@code onnx.proto}, generated and shipped by
 * nd4j-api (already on the class path), so no protobuf is encoded by hand here.
 *
 * @author VAE Explorer developers
 */
final class OnnxGraph {

	/** The operator set of the default domain every exported graph imports. */
	static final int OPSET = 13;

	/** ONNX IR version 7 (2020-05-08), the newest nd4j-api's generated classes know; it carries opset 13. */
	static final int IR_VERSION = 7;

	/** The dimension parameter of the free batch axis. */
	static final String BATCH = "batch";

	private final GraphProto.Builder graph = GraphProto.newBuilder();
	private int nodes;

	OnnxGraph(String name) {
		graph.setName(name);
	}

	/** Declares a float input {@code [batch, dims...]}. */
	void input(String name, long... dims) {
		graph.addInput(valueInfo(name, dims));
	}

	/** Declares a float output {@code [batch, dims...]}. */
	void output(String name, long... dims) {
		graph.addOutput(valueInfo(name, dims));
	}

	/** Adds a float initializer holding {@code values} in C order. */
	String floats(String name, float[] values, long... dims) {
		ByteBuffer bytes = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
		bytes.asFloatBuffer().put(values);
		graph.addInitializer(TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT.getNumber())
			.addAllDims(box(dims)).setRawData(ByteString.copyFrom(bytes.array())));
		return name;
	}

	/** Adds a one-dimensional int64 initializer (a shape for {@code Reshape}). */
	String longs(String name, long... values) {
		graph.addInitializer(TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.INT64.getNumber())
			.addDims(values.length).addAllInt64Data(box(values)));
		return name;
	}

	/**
	 * Adds a node of the default domain.
	 *
	 * @param output the name of its single output
	 * @param attributes integer-list attributes as name, values, name, values...
	 * @return {@code output}
	 */
	String node(String op, String output, String[] inputs, Object... attributes) {
		NodeProto.Builder node = NodeProto.newBuilder().setOpType(op).setName(op + "_" + (nodes++)).addOutput(output);
		for (String in : inputs) node.addInput(in);
		for (int i = 0; i < attributes.length; i += 2) {
			AttributeProto.Builder a = AttributeProto.newBuilder().setName((String) attributes[i]);
			Object value = attributes[i + 1];
			if (value instanceof long[]) a.setType(AttributeProto.AttributeType.INTS).addAllInts(box((long[]) value));
			else if (value instanceof Long) a.setType(AttributeProto.AttributeType.INT).setI((Long) value);
			else throw new IllegalArgumentException("unsupported attribute value " + value);
			node.addAttribute(a);
		}
		graph.addNode(node);
		return output;
	}

	/** The serialised model. */
	byte[] toBytes(String producerVersion, String docString) {
		return ModelProto.newBuilder().setIrVersion(IR_VERSION).setProducerName("VAE Explorer").setProducerVersion(
			producerVersion).setDocString(docString).addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("")
				.setVersion(OPSET)).setGraph(graph).build().toByteArray();
	}

	private static ValueInfoProto valueInfo(String name, long... dims) {
		TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
		shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(BATCH));
		for (long d : dims) shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
		TypeProto.Tensor tensor = TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT.getNumber())
			.setShape(shape).build();
		return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(tensor)).build();
	}

	private static List<Long> box(long[] values) {
		List<Long> list = new ArrayList<>(values.length);
		for (long v : values) list.add(v);
		return list;
	}
}
